package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.account.entity.Role;
import dev.vitrine.account.service.AccountService;
import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.inquiry.service.FormToken;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.config.VitrineConfig;
import dev.vitrine.testing.EveryServer;
import dev.vitrine.testing.Http11;
import dev.vitrine.testing.MovableClock;
import dev.vitrine.testing.PrometheusText;
import dev.vitrine.testing.RunAsAdmin;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /operator/metrics} as a Prometheus server and an operator use it: scraped over HTTP with the token
 * (VITRINE_OPERATOR_TOKEN, set by the build) before and after what a visitor or an attacker does, each
 * number must move by exactly that; the answer is valid Prometheus text; and to anyone without the token,
 * with a wrong one, or signed in as an editor, there is nothing there (404).
 */
@EveryServer
@ExtendWith(ArquillianExtension.class)
class OperatorMetricsIT {

    /** README, "Metrics": the command an operator runs (MetricsDocsTest keeps the README saying this). */
    static final String README_CURL =
            "curl -fsS -H \"Authorization: Bearer $VITRINE_OPERATOR_TOKEN\" http://localhost:8080/operator/metrics";

    /** The families of Vitrine's own metrics, each documented in docs/metrics.md (MetricsDocsTest). */
    static final List<String> FAMILIES = List.of(
            "vitrine_page_requests_seconds",
            "vitrine_page_cache_hits_total",
            "vitrine_page_cache_misses_total",
            "vitrine_page_cache_evictions_total",
            "vitrine_page_cache_invalidations_total",
            "vitrine_page_cache_size_bytes",
            "vitrine_page_cache_limit_bytes",
            "vitrine_page_cache_pages",
            "vitrine_views_counted_total",
            "vitrine_views_dropped_total",
            "vitrine_views_taken_back_total",
            "vitrine_views_written_total",
            "vitrine_views_write_rounds_total",
            "vitrine_db_connection_wait_seconds",
            "vitrine_db_connections_opened_total",
            "vitrine_db_connections_failed_total",
            "vitrine_mail_waiting",
            "vitrine_mail_failed",
            "vitrine_mail_sent_total",
            "vitrine_mail_tries_failed_total",
            "vitrine_inquiries_total",
            "vitrine_sign_ins_total");

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final String PASSWORD = "metrics-staff-password-1";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    AccountService accounts;

    @Inject
    CatalogService catalog;

    @Inject
    FormToken tokens;

    @Inject
    MovableClock clock;

    /** The request that runs the test: it came to this server, whose port it names. */
    @Inject
    HttpServletRequest runnerRequest;

    private String base;

    @BeforeEach
    void base() {
        base = "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }

    @Test
    void viewsAndThePageCacheMoveByExactlyWhatVisitorsDid() {
        String product = "products/"
                + catalog.listVisibleProducts(InLanguage.CHINESE, null, 1, 1)
                        .getItems()
                        .get(0)
                        .getSlug();
        Client visitor = new Client(newAddress());

        PrometheusText before = scrape();
        HttpResponse<String> first = visitor.get(product);
        assertEquals(200, first.statusCode());
        PrometheusText afterFirst = scrape();
        assertEquals(1, delta(before, afterFirst, "vitrine_views_counted_total"), "a new visitor's view counts");
        assertEquals(0, delta(before, afterFirst, "vitrine_views_dropped_total", "reason", "repeat"));
        assertEquals(
                1,
                delta(before, afterFirst, "vitrine_page_cache_hits_total")
                        + delta(before, afterFirst, "vitrine_page_cache_misses_total"),
                "one look in the cache");
        assertEquals(
                1,
                delta(before, afterFirst, "vitrine_page_requests_seconds_count", "page", "product", "source", "cache")
                        + delta(
                                before,
                                afterFirst,
                                "vitrine_page_requests_seconds_count",
                                "page",
                                "product",
                                "source",
                                "rendered"),
                "one product page request");

        HttpResponse<String> again = visitor.get(product);
        assertEquals(200, again.statusCode());
        assertEquals("HIT", again.headers().firstValue("X-Cache").orElse(""), "the second request finds the page");
        PrometheusText afterRepeat = scrape();
        assertEquals(0, delta(afterFirst, afterRepeat, "vitrine_views_counted_total"), "a repeat doesn't count");
        assertEquals(1, delta(afterFirst, afterRepeat, "vitrine_views_dropped_total", "reason", "repeat"));
        assertEquals(0, delta(afterFirst, afterRepeat, "vitrine_views_dropped_total", "reason", "bot"));
        assertEquals(1, delta(afterFirst, afterRepeat, "vitrine_page_cache_hits_total"), "a cache hit");
        assertEquals(0, delta(afterFirst, afterRepeat, "vitrine_page_cache_misses_total"));
        assertEquals(
                1,
                delta(
                        afterFirst,
                        afterRepeat,
                        "vitrine_page_requests_seconds_count",
                        "page",
                        "product",
                        "source",
                        "cache"));

        new Client(newAddress(), "curl/8.5.0").get(product);
        assertEquals(1, delta(afterRepeat, scrape(), "vitrine_views_dropped_total", "reason", "bot"), "a tool");
    }

    @Test
    void wrongPasswordsAndThrottledSignInsAreCounted() {
        String address = newAddress();
        String nobody = "metrics-nobody-" + ADDRESSES.incrementAndGet();
        PrometheusText before = scrape();
        for (int i = 0; i < 5; i++) {
            assertFalse(new Client(address).signIn(nobody, "wrong-password-" + i));
        }
        PrometheusText afterFive = scrape();
        assertEquals(5, delta(before, afterFive, "vitrine_sign_ins_total", "outcome", "failure"));
        assertEquals(0, delta(before, afterFive, "vitrine_sign_ins_total", "outcome", "refused"));

        assertFalse(new Client(address).signIn(nobody, "one-more-guess"));
        PrometheusText afterSixth = scrape();
        assertEquals(0, delta(afterFive, afterSixth, "vitrine_sign_ins_total", "outcome", "failure"));
        assertEquals(
                1,
                delta(afterFive, afterSixth, "vitrine_sign_ins_total", "outcome", "refused"),
                "the sixth is throttled");

        String editor = newUser(Role.EDITOR);
        assertTrue(new Client(newAddress()).signIn(editor, PASSWORD));
        assertEquals(1, delta(afterSixth, scrape(), "vitrine_sign_ins_total", "outcome", "success"));
    }

    @Test
    void anInquiryIsCounted() {
        PrometheusText before = scrape();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", tokens.issue(clock.instant().minusSeconds(30)));
        form.put("website", "");
        form.put("name", "Metrics");
        form.put("company", "");
        form.put("phone", "138 0013 8000");
        form.put("email", "visitor@example.com");
        form.put("message", "Is the amplifier in stock? " + System.nanoTime());
        HttpResponse<String> sent = new Client(newAddress()).post("contact", form);
        assertEquals(302, sent.statusCode(), sent.body());
        PrometheusText after = scrape();
        assertEquals(1, delta(before, after, "vitrine_inquiries_total", "outcome", "received"));
        assertEquals(0, delta(before, after, "vitrine_inquiries_total", "outcome", "refused"));

        form.put("name", "");
        assertEquals(200, new Client(newAddress()).post("contact", form).statusCode());
        assertEquals(
                1, delta(after, scrape(), "vitrine_inquiries_total", "outcome", "invalid"), "a mistake to correct");
    }

    @Test
    void theAnswerIsPrometheusTextWithEveryFamilyDocumented() {
        HttpResponse<String> answer = new Client(newAddress()).get("operator/metrics", "Authorization", bearer());
        assertEquals(200, answer.statusCode());
        assertTrue(
                answer.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"),
                answer.headers().toString());
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        PrometheusText text = PrometheusText.parse(answer.body());
        for (String family : FAMILIES) {
            assertTrue(
                    text.types().containsKey(family),
                    family + " missing from " + text.types().keySet());
        }
        assertEquals(
                FAMILIES.stream().sorted().toList(),
                text.types().keySet().stream()
                        .filter(family -> family.startsWith("vitrine_") && !family.endsWith("_max"))
                        .sorted()
                        .toList(),
                "every family of Vitrine's own is in the list (and so in docs/metrics.md)");
        for (String family :
                List.of("jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_gc_memory_allocated_bytes_total")) {
            assertTrue(
                    text.types().containsKey(family),
                    family + " missing from " + text.types().keySet());
        }
        assertTrue(text.value("vitrine_db_connections_opened_total") >= 1, "the pool opened connections");
        assertTrue(text.value("vitrine_page_cache_limit_bytes") > 0);
        assertFalse(Double.isNaN(text.value("vitrine_mail_waiting")), "the outbox was counted");
    }

    @Test
    void theReadmesCurlCommandFetchesThem() throws Exception {
        String command = README_CURL.replace("http://localhost:8080", base);
        ProcessBuilder curl = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true);
        curl.environment().put("VITRINE_OPERATOR_TOKEN", bearer().substring("Bearer ".length()));
        Process run = curl.start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), command);
        assertEquals(0, run.exitValue(), output);
        assertTrue(PrometheusText.parse(output).types().containsKey("vitrine_views_counted_total"), output);

        curl.environment().put("VITRINE_OPERATOR_TOKEN", "not-the-token-" + "x".repeat(30));
        Process refused = curl.start();
        refused.getInputStream().readAllBytes();
        assertTrue(refused.waitFor(60, TimeUnit.SECONDS));
        assertEquals(22, refused.exitValue(), "curl -f fails on the 404");
    }

    @Test
    void nobodyElseFindsAnythingThere() {
        Client stranger = new Client(newAddress());
        assertEquals(404, stranger.get("operator/metrics").statusCode(), "without a token");
        assertEquals(
                404,
                stranger.get("operator/metrics", "Authorization", "Bearer " + "x".repeat(40))
                        .statusCode(),
                "with a wrong token");
        assertEquals(
                404,
                stranger.get("operator/metrics", "Authorization", bearer().replace("Bearer ", "Basic "))
                        .statusCode(),
                "the token under another scheme");
        assertEquals(
                404,
                stranger.get("operator/metrics", "Authorization", "Bearer ").statusCode(),
                "empty");
        assertEquals(404, stranger.post("operator/metrics", Map.of("a", "b")).statusCode(), "another method");

        Client editor = new Client(newAddress());
        assertTrue(editor.signIn(newUser(Role.EDITOR), PASSWORD));
        assertEquals(200, editor.get("admin/dashboard").statusCode(), "signed in");
        HttpResponse<String> refused = editor.get("operator/metrics");
        assertEquals(404, refused.statusCode(), "an editor is not an operator");
        assertFalse(refused.body().contains("vitrine_"), refused.body());

        Client admin = new Client(newAddress());
        assertTrue(admin.signIn(newUser(Role.ADMIN), PASSWORD));
        assertEquals(200, admin.get("operator/metrics").statusCode(), "an admin is");
    }

    // ---- helpers

    private String bearer() {
        String token = VitrineConfig.get("VITRINE_OPERATOR_TOKEN")
                .orElseThrow(() -> new AssertionError(
                        "the build sets VITRINE_OPERATOR_TOKEN for the test servers (pom.xml, failsafe)"));
        return "Bearer " + token;
    }

    private PrometheusText scrape() {
        HttpResponse<String> answer = new Client("127.0.0.1").get("operator/metrics", "Authorization", bearer());
        assertEquals(200, answer.statusCode(), "the operator's scrape");
        return PrometheusText.parse(answer.body());
    }

    private static long delta(PrometheusText before, PrometheusText after, String name, String... labels) {
        double moved = after.value(name, labels) - before.value(name, labels);
        assertEquals(Math.rint(moved), moved, name + " moved by a fraction");
        return (long) moved;
    }

    private String newUser(Role role) {
        String username = "metrics" + System.nanoTime() % 1_000_000_000L;
        try {
            asAdmin.call(() -> accounts.createUser(username, role, PASSWORD));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return username;
    }

    /** A new address from 198.18.0.0/15 (reserved for tests), forwarded by the trusted local proxy. */
    private static String newAddress() {
        int n = 300_000 + ADDRESSES.incrementAndGet();
        return "198." + (18 + n / 65536 % 2) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    /** A browser or a script: its own address, user agent and cookies. */
    private final class Client {

        private final String address;
        private final String userAgent;
        private final HttpClient http = Http11.browserLike();

        Client(String address) {
            this(address, FIREFOX);
        }

        Client(String address, String userAgent) {
            this.address = address;
            this.userAgent = userAgent;
        }

        /** Whether the name and password were taken (the sign-in page sends on into the back office). */
        boolean signIn(String username, String password) {
            return post(
                                    "login",
                                    Map.of(
                                            "form", "form",
                                            "form:username", username,
                                            "form:password", password,
                                            "form:signIn", "",
                                            "jakarta.faces.ViewState", "stateless"))
                            .statusCode()
                    == 302;
        }

        HttpResponse<String> get(String path, String... headers) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(base + "/" + path)).GET();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return send(request);
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(base + "/" + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            if (!address.equals("127.0.0.1")) {
                request.header("X-Forwarded-For", address);
            }
            try {
                return http.send(
                        request.timeout(Duration.ofSeconds(60))
                                .header("User-Agent", userAgent)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
