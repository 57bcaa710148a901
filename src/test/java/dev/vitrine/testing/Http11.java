package dev.vitrine.testing;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Java's HTTP client as the tests use it: HTTP/1.1, as browsers speak it to a site without TLS. By default it
 * asks for cleartext HTTP/2 ({@code Upgrade: h2c}), which Payara has off (see
 * {@code SecurityHeadersIT.noCleartextHttp2Upgrade}) and then answers badly: no Content-Type, or a dropped
 * connection for a large post.
 */
public final class Http11 {

    private Http11() {}

    public static HttpClient.Builder builder() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    }

    public static HttpClient client() {
        return builder().build();
    }

    /** A client of its own as a browser is one: it keeps its cookies and shows redirects rather than following. */
    public static HttpClient browserLike() {
        return builder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }
}
