package dev.vitrine.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.account.entity.AppUser;
import dev.vitrine.account.entity.Role;
import dev.vitrine.account.service.AccountService;
import dev.vitrine.testing.EveryServer;
import dev.vitrine.testing.Http11;
import dev.vitrine.testing.RunAsAdmin;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacks on signing in and on sessions (OWASP ASVS 5.0 V6 and V7), made over HTTP against the
 * server the test runs in, with accounts set up through the services: parallel guessing, locking the owner
 * out, telling names apart by time, sessions for nobody, huge names, sessions that outlive a change to
 * their account, guessing the current password, Host headers, an ajax request with an expired view.
 */
@EveryServer
@ExtendWith(ArquillianExtension.class)
class SignInSecurityIT {

    private static final String PASSWORD = "the-right-password-1";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    AccountService accounts;

    /** The request that runs the test: it came to this server, whose port it names. */
    @Inject
    HttpServletRequest runnerRequest;

    private String base;

    @BeforeEach
    void base() {
        base = "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }

    @Test
    void aBurstOfFortyGuessesGetsFiveCheckedAndTheRightPasswordAfterItIsRefused() throws Exception {
        String username = newUser(Role.EDITOR);
        String address = newAddress();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Callable<String>> guesses = new ArrayList<>();
        // All wrong: a right password among the five checked would sign in and rightly take the pair's
        // failures back, and then the last line could not tell a throttle from its absence.
        for (int i = 0; i < 39; i++) {
            String guess = "wrong-guess-" + i;
            guesses.add(() -> new Staff(address).signIn(username, guess));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> outcome : pool.invokeAll(guesses)) {
            outcomes.add(outcome.get());
        }
        pool.shutdown();
        Map<String, Long> counts =
                outcomes.stream().collect(Collectors.groupingBy(o -> o, LinkedHashMap::new, Collectors.counting()));
        assertEquals(
                5, counts.getOrDefault("failed", 0L), "only five passwords checked, whatever the timing: " + counts);
        assertEquals(34, counts.getOrDefault("throttled", 0L), counts.toString());
        assertEquals("throttled", new Staff(address).signIn(username, PASSWORD), "the right password now waits");
    }

    @Test
    void guessesFromElsewhereDoNotLockTheOwnerOut() {
        String username = newUser(Role.ADMIN);
        String home = newAddress();
        assertEquals("signed in", new Staff(home).signIn(username, PASSWORD));
        String attacker = newAddress();
        for (int i = 0; i < 8; i++) {
            new Staff(attacker).signIn(username, "guess-" + i);
        }
        for (int i = 0; i < 12; i++) {
            new Staff(newAddress()).signIn(username, "spread-guess-" + i);
        }
        assertEquals("throttled", new Staff(attacker).signIn(username, PASSWORD), "the guessing address is stopped");
        Staff owner = new Staff(home);
        assertEquals("signed in", owner.signIn(username, PASSWORD), "the owner at their usual address is not");
        assertEquals(200, owner.get("admin/dashboard").statusCode());
    }

    @Test
    void theOwnerFromANewAddressGetsInAfterOnePauseWhileGuessingGoesOn() {
        String username = newUser(Role.ADMIN);
        for (int i = 0; i < 12; i++) {
            new Staff(newAddress()).signIn(username, "spread-guess-" + i);
        }
        Staff owner = new Staff(newAddress());
        assertEquals("slowed", owner.signIn(username, PASSWORD), "the account is under attack: a pause first");
        // Issue 20: guesses from ever-new addresses kept the owner out. Now they go on, and the owner, trying
        // again from the same address, gets in once its own pause is over.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    assertEquals(
                            "slowed", new Staff(newAddress()).signIn(username, "another-guess"), "guessing stays slow");
                    return owner.signIn(username, PASSWORD).equals("signed in");
                });
        assertEquals(200, owner.get("admin/dashboard").statusCode());
    }

    @Test
    void aForwardedChainCountsItsRightMostAddressNotTheOneTheClientWrote() {
        // A proxy that appends ($proxy_add_x_forwarded_for) passes on what the client wrote before the
        // address it saw; a new made-up address on each attempt must not give new tries.
        String username = newUser(Role.EDITOR);
        String seen = newAddress();
        for (int i = 0; i < 5; i++) {
            assertEquals("failed", new Staff(newAddress() + ", " + seen).signIn(username, "guess-" + i));
        }
        assertEquals("throttled", new Staff(newAddress() + "," + seen).signIn(username, PASSWORD));
    }

    @Test
    void aNameThatDoesNotExistTakesAsLongAsOneThatDoes() {
        String username = newUser(Role.EDITOR);
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            known.add(timed(() -> new Staff(newAddress()).signIn(username, "not-the-password")));
            unknown.add(timed(() -> new Staff(newAddress()).signIn(username + "-nobody", "not-the-password")));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        // Before, an unknown name answered in a sixth of the time (no hashing); now both hash once.
        assertTrue(
                unknownMedian * 10 >= knownMedian * 6 && knownMedian * 10 >= unknownMedian * 6,
                "medians " + knownMedian + " ms (user exists) and " + unknownMedian + " ms (no such user)");
    }

    @Test
    void nobodyGetsASessionBeforeSigningInAndHugeNamesAreNotEchoed() {
        Staff visitor = new Staff(newAddress());
        for (String path : List.of("login", "admin/dashboard", "admin/users/list", "")) {
            HttpResponse<String> response = visitor.get(path);
            assertFalse(response.headers().firstValue("Set-Cookie").isPresent(), path + " made a session");
        }
        String huge = "x".repeat(1_500_000);
        HttpResponse<String> refused = visitor.postSignIn(huge, "whatever-password");
        assertEquals(200, refused.statusCode());
        assertFalse(refused.headers().firstValue("Set-Cookie").isPresent(), "a failed sign-in made a session");
        assertTrue(
                refused.body().length() < 100_000,
                "the page echoed the name: " + refused.body().length());
    }

    @Test
    void theSessionCookieIsForThisSiteOnlyAndNotForScripts() {
        String username = newUser(Role.EDITOR);
        HttpResponse<String> signedIn = new Staff(newAddress()).postSignIn(username, PASSWORD);
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void aSessionFollowsItsAccountByTheNextRequest() throws Exception {
        String username = newUser(Role.ADMIN);
        long id = idOf(username);
        Staff session = new Staff(newAddress());
        assertEquals("signed in", session.signIn(username, PASSWORD));
        assertEquals(200, session.get("admin/users/list").statusCode());

        asAdmin.call(() -> {
            accounts.changeRole(id, Role.EDITOR);
            return null;
        });
        assertEquals(403, session.get("admin/users/list").statusCode(), "demoted: no more admin pages");
        assertEquals(200, session.get("admin/dashboard").statusCode(), "still an editor");

        asAdmin.call(() -> {
            accounts.setEnabled(id, false);
            return null;
        });
        assertSignedOut(session, "disabled");
        asAdmin.call(() -> {
            accounts.setEnabled(id, true);
            return null;
        });
        assertSignedOut(session, "enabled again, the old session stays over");

        Staff next = new Staff(newAddress());
        assertEquals("signed in", next.signIn(username, PASSWORD));
        asAdmin.call(() -> accounts.resetPassword(id));
        assertSignedOut(next, "password reset");
        assertEquals("failed", new Staff(newAddress()).signIn(username, PASSWORD), "the old password is refused");
    }

    @Test
    void guessingTheCurrentPasswordIsLimitedLikeSigningIn() {
        String username = newUser(Role.EDITOR);
        Staff session = new Staff(newAddress());
        assertEquals("signed in", session.signIn(username, PASSWORD));
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(session.changePassword("wrong-current-" + i, "a-brand-new-secret-9"));
        }
        assertEquals(5, answers.stream().filter(a -> a.contains("当前密码不正确")).count(), answers.toString());
        assertTrue(answers.get(6).contains("当前密码错误次数过多"), answers.get(6));
        assertEquals("signed in", new Staff(newAddress()).signIn(username, PASSWORD), "the password is unchanged");
    }

    @Test
    void anExpiredViewOnAnAjaxRequestReloadsThePageAndNamesNoClass() {
        String username = newUser(Role.EDITOR);
        Staff session = new Staff(newAddress());
        assertEquals("signed in", session.signIn(username, PASSWORD));
        HttpResponse<String> answer = session.post(
                "admin/account/password",
                Map.of(
                        "jakarta.faces.partial.ajax", "true",
                        "jakarta.faces.source", "form:change",
                        "jakarta.faces.partial.execute", "form",
                        "form", "form",
                        "jakarta.faces.ViewState", "-1234567890:987654321"),
                "Faces-Request",
                "partial/ajax");
        assertFalse(answer.body().contains("Exception"), answer.body());
        assertTrue(answer.body().contains("<redirect url=\""), answer.body());
    }

    @Test
    void noAddressIsBuiltFromTheHostHeader() throws IOException {
        for (String path : List.of("/admin", "/admin/products", "/admin/dashboard", "/admin/site/")) {
            String head = rawGet(path, "evil.example");
            Matcher location = Pattern.compile("(?im)^Location: (.*)$").matcher(head);
            assertTrue(location.find(), path + ": " + head);
            assertTrue(location.group(1).trim().startsWith("/"), path + " -> " + location.group(1));
            assertFalse(head.contains("evil.example"), head);
        }
        // Issue 20: the container's own redirects (a folder's name to the folder) were built from Host.
        for (String path : List.of(
                "/WEB-INF", "/META-INF", "/admin/..;/login", "/admin/translations", "/static", "/WEB-INF/classes")) {
            String head = rawGet(path, "evil.example");
            assertFalse(head.contains("evil.example"), path + ": " + head);
            Matcher location = Pattern.compile("(?im)^Location: (.*)$").matcher(head);
            if (location.find()) {
                assertTrue(location.group(1).trim().startsWith("/"), path + " -> " + location.group(1));
            }
        }
    }

    @Test
    void aPathThatClimbsOutOfTheBackOfficeShowsASignedOutVisitorNoneOfIt() throws IOException {
        for (String path : List.of("/admin/../", "/admin/%2e%2e/")) {
            String answer = rawAnswer(path, "localhost");
            assertFalse(answer.contains("/admin/dashboard"), path + " showed the back office's menu: " + answer);
            assertFalse(answer.contains("/admin/inquiries"), path + " showed the back office's menu: " + answer);
        }
    }

    // ---- helpers

    private String newUser(Role role) {
        String username = "sec" + System.nanoTime() % 1_000_000_000L;
        try {
            asAdmin.call(() -> accounts.createUser(username, role, PASSWORD));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return username;
    }

    private long idOf(String username) throws Exception {
        return asAdmin.call(() -> accounts.listUsers().stream()
                .filter(u -> u.getUsername().equals(username))
                .map(AppUser::getId)
                .findFirst()
                .orElseThrow());
    }

    /** A new address from 198.18.0.0/15 (reserved for tests), forwarded by the trusted local proxy. */
    private static String newAddress() {
        int n = 200_000 + ADDRESSES.incrementAndGet();
        return "198." + (18 + n / 65536 % 2) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    private static void assertSignedOut(Staff session, String why) {
        HttpResponse<String> answer = session.get("admin/dashboard");
        assertEquals(302, answer.statusCode(), why);
        assertTrue(answer.headers().firstValue("Location").orElse("").contains("/login"), why);
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** The head of a GET sent with a Host header of our choosing (Java's client won't set one). */
    private String rawGet(String path, String host) throws IOException {
        String answer = rawAnswer(path, host);
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }

    /** The whole answer to a GET of {@code path} sent as it is (no client tidies it first). */
    private String rawAnswer(String path, String host) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getRawPath().replaceAll("/$", "") + path + " HTTP/1.1\r\nHost: " + host
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A browser of one member of staff: its own cookies, its own address. */
    private final class Staff {

        private final String address;
        private final HttpClient client = Http11.browserLike();

        Staff(String address) {
            this.address = address;
        }

        /** Signs in: "signed in", "failed" (wrong name or password), "throttled" or "slowed". */
        String signIn(String username, String password) {
            HttpResponse<String> answer = postSignIn(username, password);
            if (answer.statusCode() == 302) {
                return "signed in";
            }
            if (answer.body().contains("登录失败次数过多")) {
                return "throttled";
            }
            if (answer.body().contains("请几秒后再试")) {
                return "slowed";
            }
            assertTrue(answer.body().contains("用户名或密码不正确"), answer.body());
            return "failed";
        }

        HttpResponse<String> postSignIn(String username, String password) {
            return post(
                    "login",
                    Map.of(
                            "form", "form",
                            "form:username", username,
                            "form:password", password,
                            "form:signIn", "",
                            "jakarta.faces.ViewState", "stateless"));
        }

        /** Posts the change-password form (ajax, as the page does); the partial answer's text. */
        String changePassword(String current, String replacement) {
            String page = get("admin/account/password").body();
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page);
            assertTrue(state.find(), page);
            return post(
                            "admin/account/password",
                            Map.of(
                                    "jakarta.faces.partial.ajax", "true",
                                    "jakarta.faces.source", "form:change",
                                    "jakarta.faces.partial.execute", "form",
                                    "jakarta.faces.partial.render", "form",
                                    "form:change", "form:change",
                                    "form", "form",
                                    "form:current", current,
                                    "form:replacement", replacement,
                                    "form:repeated", replacement,
                                    "jakarta.faces.ViewState", state.group(1)),
                            "Faces-Request",
                            "partial/ajax")
                    .body();
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + "/" + path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/" + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return send(request);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(
                        request.timeout(Duration.ofSeconds(60))
                                .header("X-Forwarded-For", address)
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
