package dev.vitrine.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * nginx's configuration for a run on this machine: the file the site ships ({@code deploy/nginx/vitrine.conf})
 * with the values it marks "EDIT" filled in (these instances, the name {@code localhost}, a self-signed
 * certificate made for the run) and its ports moved to the run's (IPv4 loopback only), inside a wrapper that
 * gives it what Debian's {@code nginx.conf} would, in the run's folder, plus what only the test needs
 * ({@code src/test/resources/cluster/nginx.conf}). Used by {@link Nginx} and, through {@link #main}, by
 * {@code bench/cluster.sh}.
 */
public final class NginxConfig {

    /** The file an operator copies to {@code /etc/nginx/conf.d/}. */
    public static final Path SHIPPED = Path.of("deploy/nginx/vitrine.conf");

    private static final Path WRAPPER = Path.of("src/test/resources/cluster/nginx.conf");
    /** An instance's line in an upstream, with what follows its address (its failure settings). */
    private static final Pattern INSTANCE = Pattern.compile("(\\s*)server 10\\.0\\.0\\.\\d+:8081([^;]*);.*");

    private NginxConfig() {}

    /**
     * Writes the wrapper, the shipped file with its marked values filled in, and a self-signed certificate for
     * {@code localhost} and {@code 127.0.0.1} into {@code folder/nginx}; returns the wrapper to start nginx with.
     */
    public static Path configure(Path folder, int httpPort, int httpsPort, List<Integer> upstreams)
            throws IOException, InterruptedException {
        Path home = Files.createDirectories(folder.resolve("nginx"));
        run(
                home,
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-addext",
                "basicConstraints=critical,CA:FALSE",
                "-keyout",
                home.resolve("key.pem").toString(),
                "-out",
                home.resolve("cert.pem").toString());
        Files.writeString(
                home.resolve("vitrine.conf"),
                filledIn(Files.readString(SHIPPED), home, httpPort, httpsPort, upstreams));
        Path wrapper = home.resolve("nginx.conf");
        Files.writeString(wrapper, Files.readString(WRAPPER).replace("@HOME@", home.toString()));
        return wrapper;
    }

    /** The shipped file as the test runs it: what it marks filled in, the ports moved, nothing else. */
    private static String filledIn(String shipped, Path home, int httpPort, int httpsPort, List<Integer> upstreams) {
        String site = instances(shipped, upstreams);
        site = replace(site, "listen 80;", "listen 127.0.0.1:" + httpPort + ";");
        site = replace(site, "listen 443 ssl http2;", "listen 127.0.0.1:" + httpsPort + " ssl http2;");
        site = replace(site, "listen [::]:80;", "");
        site = replace(site, "listen [::]:443 ssl http2;", "");
        site = replace(site, "server_name shop.example.com;", "server_name localhost;");
        site = replace(
                site,
                "/etc/letsencrypt/live/shop.example.com/fullchain.pem",
                home.resolve("cert.pem").toString());
        site = replace(
                site,
                "/etc/letsencrypt/live/shop.example.com/privkey.pem",
                home.resolve("key.pem").toString());
        return site;
    }

    /** Each upstream's instance lines become one line per instance of the test, with the same settings. */
    private static String instances(String shipped, List<Integer> upstreams) {
        List<String> lines = new ArrayList<>();
        int upstreamBlocks = 0;
        boolean inBlock = false;
        for (String line : shipped.split("\n", -1)) {
            Matcher instance = INSTANCE.matcher(line);
            if (!instance.matches()) {
                inBlock = false;
                lines.add(line);
            } else if (!inBlock) {
                inBlock = true;
                upstreamBlocks++;
                for (int port : upstreams) {
                    lines.add(instance.group(1) + "server 127.0.0.1:" + port + instance.group(2) + ";");
                }
            }
        }
        if (upstreamBlocks != 2) {
            throw new IllegalStateException(SHIPPED + " has " + upstreamBlocks + " lists of instances, not 2");
        }
        return String.join("\n", lines);
    }

    /** The shipped file must still say this: otherwise the test would run another set-up than the one shipped. */
    private static String replace(String text, String shipped, String test) {
        if (!text.contains(shipped)) {
            throw new IllegalStateException(SHIPPED + " no longer has \"" + shipped + "\": update NginxConfig.java");
        }
        return text.replace(shipped, test);
    }

    static void run(Path home, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }

    /**
     * For {@code bench/cluster.sh}: {@code <folder> <http port> <https port> <instance port>...} writes the
     * configuration and prints the wrapper's path.
     */
    public static void main(String[] args) throws Exception {
        List<Integer> upstreams = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            upstreams.add(Integer.parseInt(args[i]));
        }
        System.out.println(
                configure(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), upstreams));
    }
}
