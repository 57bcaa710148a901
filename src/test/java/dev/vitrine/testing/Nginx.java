package dev.vitrine.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Debian's nginx ({@code nginx-light}) in front of instances on this machine, with the configuration the site
 * ships, installed as the README says: its marked values filled in ({@link NginxConfig}), {@code nginx -t},
 * start, {@code nginx -s reload}. Runs in the foreground in its own folder.
 */
public final class Nginx {

    private static final String BINARY = "/usr/sbin/nginx";

    private final Process process;
    private final Path certificate;

    private Nginx(Process process, Path certificate) {
        this.process = process;
        this.certificate = certificate;
    }

    /** Plain HTTP on {@code httpPort} (it only redirects), HTTPS on {@code httpsPort}. */
    public static Nginx start(Path folder, int httpPort, int httpsPort, List<Integer> upstreams)
            throws IOException, InterruptedException {
        Path config = NginxConfig.configure(folder, httpPort, httpsPort, upstreams);
        Path home = config.getParent();
        command(home, config, "-t");
        Process nginx = new ProcessBuilder(BINARY, "-p", home.toString(), "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("nginx.out").toFile())
                .start();
        await("nginx listens on " + httpPort + " and " + httpsPort)
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .failFast("nginx did not start: see " + home.resolve("nginx.out"), () -> !nginx.isAlive())
                .until(() -> listens(httpPort) && listens(httpsPort) && Files.exists(home.resolve("nginx.pid")));
        command(home, config, "-s", "reload");
        return new Nginx(nginx, home.resolve("cert.pem"));
    }

    /** Trusts this nginx's certificate, and nothing else. */
    public SSLContext tls() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry(
                    "nginx", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }

    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** {@code nginx -p <home> -c <config> <arguments>}, which must succeed. */
    private static void command(Path home, Path config, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY, "-p", home.toString(), "-c", config.toString()));
        command.addAll(List.of(arguments));
        NginxConfig.run(home, command.toArray(String[]::new));
    }

    private static boolean listens(int port) {
        try (Socket open = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
