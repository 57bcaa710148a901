package dev.vitrine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A member of staff without a browser: signs in with the back office's form over plain HTTP, as
 * {@code SignInSecurityIT}'s attacker does, and keeps the session's cookie for the pages after it.
 */
public final class BrowserlessStaff {

    private final URI base;
    private final HttpClient client = Http11.browserLike();

    public BrowserlessStaff(URL base) {
        URI given = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.base = URI.create(given.getScheme() + "://127.0.0.1:" + given.getPort() + given.getRawPath());
    }

    /** Whether the site took the name and password (it then sends the browser on into the back office). */
    public boolean signIn(String username, String password) {
        HttpResponse<String> answer = post(
                "login",
                Map.of(
                        "form", "form",
                        "form:username", username,
                        "form:password", password,
                        "form:signIn", "",
                        "jakarta.faces.ViewState", "stateless"));
        if (answer.statusCode() == 302) {
            return true;
        }
        if (answer.statusCode() == 200 && answer.body().contains("用户名或密码不正确")) {
            return false;
        }
        throw new AssertionError("signing in answered " + answer.statusCode() + ": " + answer.body());
    }

    /** Whether this session is signed in: a back-office page answers, instead of sending to the sign-in page. */
    public boolean isSignedIn() {
        HttpResponse<String> answer = get("admin/dashboard");
        if (answer.statusCode() == 302
                && answer.headers().firstValue("Location").orElse("").contains("/login")) {
            return false;
        }
        if (answer.statusCode() == 200) {
            return true;
        }
        throw new AssertionError("the dashboard answered " + answer.statusCode() + ": " + answer.body());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A download's bytes (a backup, say). */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A form posted in this session. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
