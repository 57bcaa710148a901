package dev.vitrine.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.testing.Http11;
import dev.vitrine.testing.MovableClock;
import dev.vitrine.testing.RunAsAdmin;
import dev.vitrine.testing.RunAsEditor;
import dev.vitrine.views.service.RepeatWindow;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rendered-page cache inside Payara Micro: edits show at once exactly where they are shown and nowhere
 * else is rendered again, a scheduled article appears on time, {@code 304} only for the same bytes, gzip.
 * Pages are fetched over HTTP from the server itself ({@code X-Cache} says whether a page came from memory).
 */
@ExtendWith(ArquillianExtension.class)
class PageCacheIT {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Inject
    RunAsEditor asEditor;

    /** Deleting for good is an admin's. */
    @Inject
    RunAsAdmin asAdmin;

    @Inject
    ArticleEditService articleEdits;

    @Inject
    dev.vitrine.content.service.CategoryService categories;

    @Inject
    CatalogService catalog;

    @Inject
    MovableClock clock;

    /** The request that runs the test: it came to this server, whose port it names. */
    @Inject
    HttpServletRequest runnerRequest;

    private final HttpClient http = Http11.client();

    private final List<Category> createdCategories = new ArrayList<>();
    private final List<Article> createdArticles = new ArrayList<>();
    private String base;

    @BeforeEach
    void base() {
        base = "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }

    @AfterEach
    void removeFixtures() throws Exception {
        for (Article article : createdArticles) {
            asAdmin.call(() -> {
                articleEdits.moveToBin(article.getId());
                articleEdits.deleteForever(article.getId());
                return null;
            });
        }
        for (Category category : createdCategories) {
            asEditor.call(() -> {
                categories.delete(category.getId(), null);
                return null;
            });
        }
    }

    @Test
    void anEditShowsAtOnceWhereverItIsShownAndLeavesTheOtherPagesCached() throws Exception {
        Category category = newsCategory();
        Article older = article(category, "Older", 40);
        Article middle = article(category, "Middle", 30);
        Article newer = article(category, "Newer", 20);
        Article elsewhere = article(newsCategory(), "Elsewhere", 10);
        String product = "/products/"
                + catalog.listVisibleProducts(InLanguage.CHINESE, null, 1, 1)
                        .getItems()
                        .get(0)
                        .getSlug();

        Map<String, Boolean> shown = new LinkedHashMap<>();
        shown.put(page(middle), true);
        shown.put(page(older), true); // its "next" is the middle one
        shown.put(page(newer), true); // its "previous" is the middle one
        shown.put("/news", true);
        shown.put("/news?category=" + category.getSlug(), true);
        shown.put("/", true);
        shown.put(page(elsewhere), false);
        shown.put(product, false);
        shown.put("/products", false);
        shown.put("/pages/about-us", false);
        for (String path : shown.keySet()) {
            get(path);
            assertEquals("HIT", get(path).headers().firstValue("X-Cache").orElse(""), path + " is cached");
        }
        get("/contact");
        assertEquals("MISS", get("/contact").headers().firstValue("X-Cache").orElse(""), "a form page is never kept");

        String newTitle = unique("Renamed");
        asEditor.call(() -> {
            Article edited = articleEdits.get(middle.getId());
            edited.setTitle(newTitle);
            return articleEdits.save(edited);
        });

        for (Map.Entry<String, Boolean> page : shown.entrySet()) {
            HttpResponse<String> response = get(page.getKey());
            String cache = response.headers().firstValue("X-Cache").orElse("");
            if (page.getValue()) {
                assertEquals("MISS", cache, page.getKey() + " shows the article: rendered again");
                assertTrue(response.body().contains(newTitle), page.getKey() + " shows the new title");
            } else {
                assertEquals("HIT", cache, page.getKey() + " doesn't show it: still from memory");
                assertFalse(response.body().contains(newTitle), page.getKey());
            }
        }
    }

    @Test
    void aNewlyPublishedArticleBecomesItsNeighboursNeighbour() throws Exception {
        Category category = newsCategory();
        Article older = article(category, "Older", 30);
        assertFalse(get(page(older)).body().contains("Brand new"), "no next article yet");
        assertEquals("HIT", get(page(older)).headers().firstValue("X-Cache").orElse(""));

        Article newer = article(category, "Brand new", 10);

        HttpResponse<String> olderPage = get(page(older));
        assertTrue(olderPage.body().contains(newer.getTitle()), "the older article's next is the new one");
    }

    @Test
    void aScheduledArticleAppearsOnTimeWithNobodyEditing() throws Exception {
        Category category = newsCategory();
        LocalDateTime due = clock.now().plusSeconds(3);
        Article scheduled = new Article(category, "", unique("Scheduled"));
        scheduled.publish(due);
        createdArticles.add(asEditor.call(() -> articleEdits.save(scheduled)));
        String list = "/news?category=" + category.getSlug();

        get(list);
        HttpResponse<String> before = get(list);
        assertEquals("HIT", before.headers().firstValue("X-Cache").orElse(""), "the list is cached");
        assertFalse(before.body().contains(scheduled.getTitle()), "not before its time");

        await("the cached list shows it once its time came")
                .pollInSameThread()
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> get(list).body().contains(scheduled.getTitle()));
        assertFalse(clock.now().isBefore(due), "not before its time");
        assertEquals(200, get(page(createdArticles.get(0))).statusCode());
    }

    @Test
    void aVisitorsViewCountsAgainOnlyHalfAnHourAfterTheLastOneCounted() throws Exception {
        // A visitor's fingerprint changes at the shop's midnight (VisitorFingerprint), and with it who is a repeat:
        // the half hour here is kept clear of one (the clock, moved ahead by the tests before, may be near it).
        LocalDateTime now = clock.now();
        Duration toMidnight =
                Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay());
        if (toMidnight.compareTo(RepeatWindow.WINDOW.plusMinutes(5)) < 0) {
            clock.moveAhead(toMidnight.plusMinutes(1));
        }
        Article article = article(newsCategory(), "Read twice", 10);
        String path = page(article);
        assertEquals(1, views(get(path, "10.8.1.1", null)));
        assertEquals(1, views(get(path, "10.8.1.1", null)), "a repeat view");
        clock.moveAhead(RepeatWindow.WINDOW.minusMinutes(1));
        assertEquals(1, views(get(path, "10.8.1.1", null)), "29 minutes on: still a repeat");
        clock.moveAhead(Duration.ofMinutes(2));
        assertEquals(2, views(get(path, "10.8.1.1", null)), "31 minutes on: a new view");
        assertEquals(3, views(get(path, "10.8.1.2", null)), "another visitor at any time");
    }

    private static long views(HttpResponse<String> page) {
        Matcher count = Pattern.compile("点击:(\\d+)<").matcher(page.body());
        assertTrue(count.find(), page.body());
        return Long.parseLong(count.group(1));
    }

    @Test
    void notModifiedOnlyWhileTheBytesAreTheSame() throws Exception {
        Article article = article(newsCategory(), "Counted", 10);
        String path = page(article);
        HttpResponse<String> first = get(path, "10.8.0.1", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.body().contains("点击:1<") || first.body().contains("Views: 1<"), first.body());

        HttpResponse<String> again = get(path, "10.8.0.1", etag);
        assertEquals(304, again.statusCode(), "a repeat view is not counted: the same bytes");
        assertEquals("", again.body());

        get(path, "10.8.0.2", null); // another visitor: the count is 2 now
        HttpResponse<String> changed = get(path, "10.8.0.1", etag);
        assertEquals(200, changed.statusCode(), "the count changed, so the bytes did");
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
        assertTrue(changed.body().contains(":2<") || changed.body().contains(": 2<"), changed.body());
    }

    @Test
    void aGzipAnswerDecompressesToTheSamePage() throws Exception {
        Article article = article(newsCategory(), "Compressed", 10);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + page(article)))
                .header("User-Agent", FIREFOX)
                .header("X-Forwarded-For", "10.9.0.1");
        byte[] plain = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        HttpResponse<byte[]> gzipped =
                http.send(request.header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzipped.body().length < plain.length / 2, "compressed");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain, in.readAllBytes(), "the same page (a repeat view: the same count)");
        }
    }

    @Test
    void parametersAPageIgnoresAndMadeUpHostsFindItsOneCopy() throws Exception {
        // Issue 20: each of these made a new entry, and 20,000 of them pushed every rarely visited page out.
        Category category = newsCategory();
        String item = page(article(category, "Kept once", 50));
        String list = "/news?category=" + category.getSlug();
        assertEquals("MISS", cacheOf(rawGet(item, "localhost")));
        assertEquals("MISS", cacheOf(rawGet(list, "localhost")));
        for (int i = 0; i < 3; i++) {
            String made = UUID.randomUUID().toString().substring(0, 8);
            for (String variant : List.of(
                    item + "?category=" + made,
                    item + "?untranslated=",
                    item + "?page=" + (i + 2) + "&page=" + made,
                    list + "&page=1&page=" + (i + 2),
                    list + "&untranslated=",
                    item + "?from=singlemessage&isappinstalled=0&utm_source=" + made,
                    list + "&" + made + "=" + made)) {
                assertEquals("HIT", cacheOf(rawGet(variant, "localhost")), variant);
            }
            String head = rawGet(item, made + ".evil.example");
            assertEquals("HIT", cacheOf(head), "a made-up Host");
        }
        String page = new String(rawGet(item, "shown.evil.example", true), StandardCharsets.UTF_8);
        assertFalse(page.contains("evil.example"), "no page shows the Host it was asked with");
    }

    private static String cacheOf(String head) {
        Matcher cache = Pattern.compile("(?im)^X-Cache: *(\\w+)").matcher(head);
        assertTrue(cache.find() && head.startsWith("HTTP/1.1 200"), head);
        return cache.group(1);
    }

    private String rawGet(String path, String host) throws IOException {
        String answer = new String(rawGet(path, host, false), StandardCharsets.ISO_8859_1);
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }

    /** A GET with a Host header of our choosing (Java's client won't send one), head and body as sent. */
    private byte[] rawGet(String path, String host, boolean bodyOnly) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket("127.0.0.1", uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getRawPath().replaceAll("/$", "") + path + " HTTP/1.1\r\nHost: " + host
                            + "\r\nUser-Agent: " + FIREFOX + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            if (!bodyOnly) {
                return answer;
            }
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            return text.substring(text.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "10.7.0.1", null);
    }

    private HttpResponse<String> get(String path, String visitor, String ifNoneMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("User-Agent", FIREFOX)
                .header("X-Forwarded-For", visitor);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        HttpResponse<String> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(response.statusCode() == 200 || response.statusCode() == 304, path + ": " + response.statusCode());
        return response;
    }

    private Category newsCategory() throws Exception {
        Category category =
                asEditor.call(() -> categories.save(new Category(ItemKind.ARTICLE, "分类 " + unique("c"), "", 0)));
        createdCategories.add(0, category);
        return category;
    }

    /**
     * A visible article of {@code category}, published {@code secondsAgo}: newer than what other tests
     * published before, so that the home page's latest news show it.
     */
    private Article article(Category category, String title, int secondsAgo) throws Exception {
        Article article = new Article(category, "", unique(title));
        article.publish(clock.now().minusSeconds(secondsAgo));
        Article saved = asEditor.call(() -> articleEdits.save(article));
        createdArticles.add(0, saved);
        return saved;
    }

    private static String page(Article article) {
        return "/news/" + article.getSlug();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
