package dev.vitrine.it;

import static dev.vitrine.testing.TestZips.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.Browserless;
import dev.vitrine.testing.BrowserlessStaff;
import dev.vitrine.testing.EveryServer;
import dev.vitrine.testing.Http11;
import dev.vitrine.testing.TestImages;
import dev.vitrine.testing.TestMariaDb;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sqlite.JDBC;

/**
 * Moving in from WordPress as the operator's script does it (README, "Moving in"): the export and a copy of its
 * uploads folder in a ZIP, posted to {@code /operator/move-in}; first a plan that writes nothing, then the import,
 * then the same import again. What a visitor then sees: the posts with their pictures, counts and categories, and
 * the old site's addresses leading to the new pages. On every server (what JPA provider writes it matters) and
 * every database.
 */
@EveryServer
@RunAsClient
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MoveInIT {

    private static final String TOKEN = "it-operator-token-0123456789abcdef0123456789";
    private static final Pattern VIEWS = Pattern.compile("(?:点击|浏览):(\\d+)");

    @ArquillianResource
    URL base;

    @Test
    void aWordPressSiteIsPlannedThenImportedWithPicturesCountsAndOldAddressesAndAgainWithoutDuplicates()
            throws IOException {
        byte[] export = zip(Map.of(
                "export/shenglang.WordPress.2026-12-05.xml", resource("/moving/wordpress-1.2.xml"),
                "wp-content/uploads/2024/03/battery-winter.png", Files.readAllBytes(TestImages.pngFile())));
        Browserless visitor = new Browserless(base);

        String planned = readme(export, "operator/move-in");
        assertTrue(planned.contains("planned (nothing written"), planned);
        assertSays(
                planned,
                "CATEGORY: 3 new, 0 updated",
                "ARTICLE: 3 new, 0 updated",
                "PAGE: 1 new, 0 updated",
                "PRODUCT: 1 new, 0 updated",
                "PICTURE: 1 new, 0 updated, 0 not brought",
                "冬季电瓶保养: Taken out of the text as unsafe: class, onclick, script\n",
                "not brought: 1 × nav_menu_item",
                "not brought: 1 × post (trash)");
        assertEquals(404, visitor.get("news/battery-care-in-winter").statusCode(), "a plan writes nothing");
        assertEquals(200, visitor.get("?p=15").statusCode(), "no old address kept yet");

        String run = readme(export, "operator/move-in?run=true");
        assertTrue(run.contains("ARTICLE: 3 new, 0 updated"), run);

        Document post = visitor.page("news/battery-care-in-winter");
        assertEquals("冬季电瓶保养", post.selectFirst("h1").text());
        assertEquals(329, views(post), "the old site's 328, and this visit");
        assertTrue(post.text().contains("保养知识"), "its category, in its parent 公司新闻");
        Element body = post.selectFirst(".rich-text.body");
        assertTrue(body.select("script").isEmpty() && body.select("[onclick]").isEmpty(), body.html());
        Element picture = body.selectFirst("img");
        assertTrue(picture.attr("src").contains("/media/content/"), "the picture is this site's own: " + picture);
        assertEquals(
                200,
                visitor.get(picture.attr("src").replaceFirst("^.*?/media/", "media/"))
                        .statusCode(),
                "and it shows");
        assertEquals("冬季电瓶保养指南", post.title().split(" [-|·] ")[0], "the SEO title");

        Map<String, String> redirects = Map.of(
                "?p=15", "/news/battery-care-in-winter",
                "2024/03/12/battery-care-in-winter/", "/news/battery-care-in-winter",
                "archives/15", "/news/battery-care-in-winter",
                "about/", "/pages/about",
                "?page_id=2", "/pages/about",
                "product/a4-amp/", "/products/a4-amp",
                "category/news/tips/", "/news?category=tips",
                "2024/04/02/%E6%94%B9%E8%A3%85%E9%A1%BB%E7%9F%A5/", "/news/qi-che-yin-xiang-gai-zhuang-xu-zhi");
        redirects.forEach((old, now) -> {
            HttpResponse<String> answer = visitor.get(old);
            assertEquals(301, answer.statusCode(), old);
            assertTrue(
                    answer.headers().firstValue("Location").orElse("").endsWith(now),
                    old + " → " + answer.headers().firstValue("Location"));
        });
        assertNotEquals(301, visitor.get("?p=17").statusCode(), "a draft's old address leads nowhere yet");
        assertEquals(404, visitor.get("2099/01/01/no-such-post/").statusCode());
        assertFalse(visitor.get("sitemap.xml").body().contains("?p="), "the sitemap has the new addresses only");

        String again = readme(export, "operator/move-in?run=true");
        assertSays(again, "CATEGORY: 0 new, 3 updated", "ARTICLE: 0 new, 3 updated", "PICTURE: 0 new, 1 updated");
        Document tips = visitor.page("news?category=tips");
        assertEquals(
                1,
                tips.select("a:contains(冬季电瓶保养)").stream()
                        .map(link -> link.attr("href"))
                        .distinct()
                        .count(),
                "one article, not two");
        assertEquals(
                330,
                views(new Browserless(base).page("news/battery-care-in-winter")),
                "another visitor's view; the old count is not added twice");
    }

    @Test
    void aPbootCmsSiteInItsSqliteFileIsImportedWithItsPicturesAndEachOfItsAddressModesLeadsToTheNewPages()
            throws Exception {
        Path folder = Files.createTempDirectory("pbootcms");
        Path database = folder.resolve("pbootcms.db");
        try (Connection db = new JDBC().connect(JDBC.PREFIX + database, new Properties());
                Statement statement = db.createStatement()) {
            for (String sql : new String(resource("/moving/pbootcms-3.sql"), StandardCharsets.UTF_8).split(";\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            // the company's details are the shared site's: BackOfficeServicesIT imports them, and puts them back
            statement.execute("DELETE FROM ay_company");
            statement.execute("DELETE FROM ay_site");
            statement.execute("DELETE FROM ay_slide"); // as are its slides and its inbox
            statement.execute("DELETE FROM ay_message");
        }
        byte[] picture = Files.readAllBytes(TestImages.pngFile());
        byte[] site = zip(Map.of(
                "www/data/pbootcms.db", Files.readAllBytes(database),
                "www/static/upload/image/20240312/1710207000123456.png", picture,
                "www/static/upload/image/20231120/1700460000111111.png", picture));
        Browserless visitor = new Browserless(base);

        String planned = readme(site, "operator/move-in");
        assertSays(
                planned,
                "PbootCMS 3.x: planned",
                "CATEGORY: 6 new, 0 updated",
                "ARTICLE: 3 new, 0 updated",
                "PRODUCT: 1 new, 0 updated",
                "CASE_STUDY: 1 new, 0 updated",
                "PAGE: 1 new, 0 updated",
                "PICTURE: 2 new, 0 updated, 1 not brought",
                "店里新到一批\"无损\"播放器: Taken out of the text as unsafe: script",
                "not brought: 1 contents in the language area \"en\"");
        assertNotEquals(301, visitor.get("?company/4.html").statusCode(), "a plan writes nothing");

        String run = readme(site, "operator/move-in?run=true");
        assertTrue(run.contains("ARTICLE: 3 new, 0 updated"), run);

        String news = redirect(visitor, "?company/4.html");
        assertTrue(news.startsWith("news/"), news);
        for (String mode : new String[] {"company/4.html", "index.php/company/4.html", "?4.html"}) {
            assertEquals(news, redirect(visitor, mode), mode);
        }
        Document article = visitor.page(news);
        assertEquals("店里新到一批\"无损\"播放器", article.selectFirst("h1").text());
        assertEquals(329, views(article), "the old site's 328, and this visit");
        Element body = article.selectFirst(".rich-text.body");
        assertTrue(body.select("script").isEmpty(), body.html());
        assertTrue(body.selectFirst("img").attr("src").contains("/media/content/"), body.html());

        assertEquals("products/four-way-amp", redirect(visitor, "?amplifiers/6.html"));
        Document product = visitor.page("products/four-way-amp");
        assertTrue(
                product.text().contains("1280") && product.text().contains("黑色,银色"),
                "its own fields: " + product.text());
        assertEquals(58, views(product));
        assertTrue(redirect(visitor, "?aboutus/").startsWith("pages/"));
        assertEquals(
                "关于声浪",
                visitor.page(redirect(visitor, "aboutus/")).selectFirst("h1").text());
        assertTrue(redirect(visitor, "?case/").startsWith("cases"));
        assertNotEquals(301, visitor.get("?news_4/5.html").statusCode(), "a draft's old address leads nowhere yet");

        String again = readme(site, "operator/move-in?run=true");
        assertSays(again, "CATEGORY: 0 new, 6 updated", "ARTICLE: 0 new, 3 updated", "PICTURE: 0 new, 2 updated");
    }

    /**
     * The old site's database read over a connection while it runs (README: "the old site's database itself"): a
     * PbootCMS site in MariaDB, read by a user of its own with a password, as the README's command gives them (its
     * database and user here are this test's own, so as not to touch a database of the machine's called pbootcms).
     */
    @Test
    @Order(Order.DEFAULT + 1) // after the SQLite file's import of the same site, whose counts of what is new it keeps
    void aPbootCmsSiteIsReadFromItsMySqlDatabaseOverAConnectionAndItsAddressesLeadToTheNewPages() throws Exception {
        String[] server = {TestMariaDb.host(), TestMariaDb.port()};
        String database = "vitrine_it_pbootcms";
        String user = "vitrine_it_old";
        String password = "an old site's 密码";
        try (Connection db = TestMariaDb.freshDatabase(database);
                Statement statement = db.createStatement()) {
            for (String sql : new String(resource("/moving/pbootcms-3.sql"), StandardCharsets.UTF_8).split(";\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            // the shared site's company, slides and inbox stay as they are (BackOfficeServicesIT imports those)
            for (String table : new String[] {"ay_company", "ay_site", "ay_slide", "ay_message"}) {
                statement.execute("DELETE FROM " + table);
            }
            // and an article of its own: the rest is what the test of the SQLite file brought before, now updated
            statement.execute("CREATE TEMPORARY TABLE copied AS SELECT * FROM ay_content WHERE id = 4");
            statement.execute("UPDATE copied SET id = 40, title = '从数据库直接搬来的文章', ico = '',"
                    + " content = '<p>数据库里的正文。</p>', visits = 77");
            statement.execute("INSERT INTO ay_content SELECT * FROM copied");
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                statement.execute("CREATE OR REPLACE USER '" + user + "'@'" + host + "' IDENTIFIED BY '"
                        + password.replace("'", "''") + "'");
                statement.execute("GRANT SELECT ON " + database + ".* TO '" + user + "'@'" + host + "'");
            }
        }
        Path folder = Files.createTempDirectory("move-in");
        Files.writeString(folder.resolve("db-password.txt"), password);
        Browserless visitor = new Browserless(base);
        String command = "curl -fsS -H \"Authorization: Bearer $VITRINE_OPERATOR_TOKEN\" -d host=" + server[0]
                + " -d port=" + server[1] + " -d database=" + database + " -d user=" + user
                + " --data-urlencode password@db-password.txt";

        String planned = shell(folder, command + " \"$1\"", "operator/move-in");
        assertSays(planned, "PbootCMS 3.x: planned", "ARTICLE: ");
        assertNotEquals(301, visitor.get("?company/40.html").statusCode(), "a plan writes nothing");

        String run = shell(folder, command + " \"$1\"", "operator/move-in?run=true&fetch=true");
        assertSays(run, "PbootCMS 3.x: imported");
        Document article = visitor.page(redirect(visitor, "?company/40.html"));
        assertEquals("从数据库直接搬来的文章", article.selectFirst("h1").text());
        assertEquals(78, views(article), "the old site's 77, and this visit");

        HttpResponse<String> wrongPassword = send(HttpRequest.newBuilder(new Browserless(base).uri("operator/move-in"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("host=" + server[0] + "&port=" + server[1] + "&database="
                        + database + "&user=" + user + "&password=wrong")));
        assertEquals(400, wrongPassword.statusCode());
        BrowserlessStaff admin = new BrowserlessStaff(base);
        assertTrue(admin.signIn("admin", "it-admin-password-2026"));
        HttpResponse<String> adminsForm = admin.post(
                "operator/move-in?run=true",
                Map.of("host", server[0], "port", server[1], "database", database, "user", user, "password", password));
        assertEquals(400, adminsForm.statusCode(), "a form another site's page could post with the admin's session");
        assertTrue(adminsForm.body().contains("takes the operator's token"), adminsForm.body());
        assertTrue(
                wrongPassword
                        .body()
                        .contains("The database " + server[0] + ":" + server[1] + "/" + database
                                + " could not be read: "),
                wrongPassword.body());
    }

    @Test
    void aDedeCmsSiteInItsOwnBackupInGbkIsImportedAndItsStaticAndDynamicAddressesLeadToTheNewPages() throws Exception {
        String backup = "dedecms/data/backupdata/";
        byte[] data = new String(
                        resource("/moving/dedecms-5.7/b5e2d9f0c3a14e7b8d62_dede_archives.txt"), StandardCharsets.UTF_8)
                // the shared site's name and friendly links stay (BackOfficeServicesIT imports those)
                .replaceAll("INSERT INTO `dede_(sysconfig` VALUES\\('[34]'|flink`).*\r\n", "")
                .getBytes(Charset.forName("GBK"));
        byte[] site = zip(Map.of(
                backup + "7a3f0c2e91b4d5f6a8c1_tables_struct.txt",
                new String(
                                resource("/moving/dedecms-5.7/7a3f0c2e91b4d5f6a8c1_tables_struct.txt"),
                                StandardCharsets.UTF_8)
                        .getBytes(Charset.forName("GBK")),
                backup + "b5e2d9f0c3a14e7b8d62_dede_archives.txt",
                data,
                "dedecms/uploads/allimg/240312/1-240312093000.png",
                Files.readAllBytes(TestImages.pngFile())));
        Browserless visitor = new Browserless(base);

        String run = readme(site, "operator/move-in?run=true");
        assertSays(
                run,
                "DedeCMS 5.7: imported",
                "CATEGORY: 3 new",
                "ARTICLE: 3 new",
                "PRODUCT: 1 new",
                "PAGE: 2 new",
                "PICTURE: 1 new");
        assertFalse(run.contains("SETTINGS"), run);
        String news = redirect(visitor, "a/news/2024/0312/15.html");
        assertTrue(news.startsWith("news/"), news);
        assertEquals(news, redirect(visitor, "plus/view.php?aid=15"));
        Document article = visitor.page(news);
        assertEquals("店里新到\"发烧\"播放器", article.selectFirst("h1").text(), "read in GBK");
        assertEquals(329, views(article));
        assertTrue(redirect(visitor, "a/news/").startsWith("news?category="));
        assertTrue(redirect(visitor, "plus/list.php?tid=3").startsWith("products?category="));
        assertEquals(
                "联系我们",
                visitor.page(redirect(visitor, "contact.html"))
                        .selectFirst("h1")
                        .text());
    }

    /** Asserts that an import's report has each line. */
    private static void assertSays(String report, String... lines) {
        for (String line : lines) {
            assertTrue(report.contains(line), line + " in:\n" + report);
        }
    }

    /** Where an old address leads, as a path of this site ({@code news/x}): it must answer a permanent redirect. */
    private String redirect(Browserless visitor, String old) {
        HttpResponse<String> answer = visitor.get(old);
        assertEquals(301, answer.statusCode(), old);
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        String path = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
        assertTrue(path.startsWith(base.getPath()), path);
        return path.substring(base.getPath().length());
    }

    @Test
    void anExportThatCantBeReadIsRefusedSayingWhyAndOnlyTheOperatorMayPost() {
        HttpResponse<String> damaged = post("<rss><channel><wp:".getBytes(StandardCharsets.UTF_8), true);
        assertEquals(400, damaged.statusCode());
        assertTrue(damaged.body().contains("damaged or cut off"), damaged.body());
        HttpResponse<String> future = post(
                ("<rss xmlns:wp=\"http://wordpress.org/export/2.0/\"><channel><wp:wxr_version>2.0</wp:wxr_version>"
                                + "<wp:base_site_url>https://x.example</wp:base_site_url></channel></rss>")
                        .getBytes(StandardCharsets.UTF_8),
                true);
        assertEquals(400, future.statusCode());
        assertTrue(future.body().contains("(WXR 2.0) is not one Vitrine reads"), future.body());
        HttpResponse<String> stranger = send(HttpRequest.newBuilder(new Browserless(base).uri("operator/move-in"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1})));
        assertEquals(404, stranger.statusCode());
    }

    /**
     * The README's command, run as written in a folder with {@code site.zip}: {@code curl -fsS -H "Authorization:
     * Bearer $VITRINE_OPERATOR_TOKEN" -H "Content-Type: application/zip" --data-binary @site.zip <address>}.
     */
    private String readme(byte[] export, String path) throws IOException {
        Path folder = Files.createTempDirectory("move-in");
        Files.write(folder.resolve("site.zip"), export);
        return shell(
                folder,
                "curl -fsS -H \"Authorization: Bearer $VITRINE_OPERATOR_TOKEN\""
                        + " -H \"Content-Type: application/zip\" --data-binary @site.zip \"$1\"",
                path);
    }

    /** Runs a command in a folder, with this site's address of {@code path} as {@code $1}; it must succeed. */
    private String shell(Path folder, String command, String path) throws IOException {
        Process curl = new ProcessBuilder(
                        "sh",
                        "-c",
                        "cd \"$0\" && " + command,
                        folder.toString(),
                        new Browserless(base).uri(path).toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertEquals(0, curl.waitFor(), "curl: " + output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return output;
    }

    private HttpResponse<String> post(byte[] export, boolean run) {
        return send(HttpRequest.newBuilder(new Browserless(base).uri("operator/move-in" + (run ? "?run=true" : "")))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(export)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return Http11.client()
                    .send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long views(Document page) {
        Matcher matcher = VIEWS.matcher(page.text());
        assertTrue(matcher.find(), page.text());
        return Long.parseLong(matcher.group(1));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MoveInIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
