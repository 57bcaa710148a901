package dev.vitrine.testing;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Runs a command (the site's server) in the foreground of {@code mvn -Prun}, through exec:java, so that Ctrl+C
 * ends the server and Maven cleanly. A terminal's Ctrl+C signals every process of the command: the server stops
 * (its shutdown writes pending views), but Maven's own JVM would end at once, with status 130 and before the
 * server finished, so the end of the server's log would be lost and a quick next start could find the embedded
 * database still in use. While the command
 * runs, Maven's JVM instead passes SIGINT, SIGTERM and SIGHUP on to it (so {@code kill} of Maven alone stops the
 * server too) and waits for it; a server ended by one of them is a clean stop, and Maven ends with status 0.
 */
public final class RunInForeground {

    /** The signals passed on, and the status a JVM ends with after its shutdown on each (128 + the number). */
    private static final Map<String, Integer> STOPS = Map.of("INT", 130, "TERM", 143, "HUP", 129);

    private RunInForeground() {}

    public static void main(String[] command) throws IOException, InterruptedException {
        if (command.length == 0) {
            throw new IllegalArgumentException("No command to run");
        }
        Process process = new ProcessBuilder(List.of(command)).inheritIO().start();
        Map<Signal, SignalHandler> previous = new HashMap<>();
        for (String name : STOPS.keySet()) {
            Signal signal = new Signal(name);
            previous.put(signal, Signal.handle(signal, received -> process.destroy()));
        }
        try {
            int status = process.waitFor();
            if (status != 0 && !STOPS.containsValue(status)) {
                throw new IllegalStateException(command[0] + " ended with status " + status + " (its log is above)");
            }
        } finally {
            previous.forEach(Signal::handle);
        }
    }
}
