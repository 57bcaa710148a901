package dev.vitrine.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the Payara Micro servers this JVM starts print, kept for tests that check the server log. The
 * Arquillian adapter echoes a server's output to {@code System.out} line by line when its container has
 * {@code outputToConsole}; while this is open, {@code System.out} is kept here instead (and passed on with
 * {@code -Dvitrine.it.serverLog=true}, as the other servers' output is).
 */
public final class ServerOutput implements AutoCloseable {

    private final PrintStream original = System.out;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

    private ServerOutput() {}

    /** Keeps what is printed from now on, until closed. */
    public static ServerOutput capture() {
        ServerOutput output = new ServerOutput();
        boolean echo = Boolean.getBoolean("vitrine.it.serverLog");
        System.setOut(new PrintStream(
                new OutputStream() {
                    @Override
                    public void write(int b) {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        synchronized (output.kept) {
                            output.kept.write(bytes, offset, length);
                        }
                        if (echo) {
                            output.original.write(bytes, offset, length);
                        }
                    }
                },
                true,
                StandardCharsets.UTF_8));
        return output;
    }

    /** Everything printed so far. */
    public String text() {
        synchronized (kept) {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}
