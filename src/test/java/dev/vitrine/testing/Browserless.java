package dev.vitrine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor without a browser: plain HTTP requests to the site under test, and the pages parsed. Each
 * instance is a different visitor to the view counter: it sends a browser's user agent and its own
 * address, as a trusted local proxy would forward it ({@code X-Forwarded-For}).
 */
public final class Browserless {

    public static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final AtomicInteger VISITORS = new AtomicInteger();

    private final URI base;
    private final String userAgent;
    private final String address;
    private final HttpClient client = Http11.builder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public Browserless(URL base) {
        this(base, FIREFOX);
    }

    /** A visitor with its own user agent, such as a crawler's. */
    public Browserless(URL base, String userAgent) {
        // Over loopback, which the site trusts to forward visitors' addresses (and no traffic leaves the machine).
        URI given = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.base = URI.create(given.getScheme() + "://127.0.0.1:" + given.getPort() + given.getRawPath());
        this.userAgent = userAgent;
        int n = VISITORS.incrementAndGet();
        // 198.18.0.0/15 is reserved for tests: addresses that are nobody's.
        this.address = "198." + (18 + n / 65536) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    /** The site's URL of a path such as {@code products/x} (no leading slash). */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** GET with the given headers (name, value, name, value...). */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .header("User-Agent", userAgent)
                .header("X-Forwarded-For", address);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** HEAD: the headers GET would answer with, and no body. */
    public HttpResponse<Void> head(String path) {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", userAgent)
                .header("X-Forwarded-For", address)
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET a page that must answer 200, parsed. */
    public Document page(String path, String... headers) {
        HttpResponse<String> response = get(path, headers);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), response.uri().toString());
    }
}
