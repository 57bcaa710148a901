package dev.vitrine.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's nginx ({@code nginx-light}) in front of a few instances, set up as the README's load balancer is:
 * round robin for visitors, a failed or timed-out request tried again on the next instance, staff kept on
 * one instance by their session cookie. Runs in the foreground in its own folder.
 */
public final class Nginx {

    private static final String BINARY = "/usr/sbin/nginx";

    private Nginx() {}

    public static Process start(Path folder, int port, List<Integer> upstreams)
            throws IOException, InterruptedException {
        Path home = Files.createDirectories(folder.resolve("nginx"));
        String servers = upstreams.stream()
                .map(upstream -> "    server 127.0.0.1:" + upstream + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        String config = Files.readString(Path.of("src/test/resources/cluster/nginx.conf"))
                .replace("@HOME@", home.toString())
                .replace("@PORT@", Integer.toString(port))
                .replace("@SERVERS@", servers);
        Path file = home.resolve("nginx.conf");
        Files.writeString(file, config);
        Process nginx = new ProcessBuilder(BINARY, "-p", home.toString(), "-c", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("nginx.out").toFile())
                .start();
        await("nginx listens on " + port)
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .failFast("nginx did not start: see " + home.resolve("nginx.out"), () -> !nginx.isAlive())
                .until(() -> listens(port));
        return nginx;
    }

    private static boolean listens(int port) {
        try (Socket open = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
