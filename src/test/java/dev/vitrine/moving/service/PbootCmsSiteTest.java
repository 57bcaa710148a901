package dev.vitrine.moving.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.content.entity.ItemKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.JDBC;

/** A PbootCMS site ({@code moving/pbootcms-3.sql}) read from its SQLite file and from a MySQL dump. */
class PbootCmsSiteTest {

    static final String SCRIPT = "/moving/pbootcms-3.sql";

    @TempDir
    Path folder;

    /** The test site as PbootCMS keeps it: an SQLite file. */
    static Path sqliteFile(Path folder) throws IOException, SQLException {
        Path file = folder.resolve("pbootcms.db");
        try (Connection db = new JDBC().connect(JDBC.PREFIX + file, new java.util.Properties());
                Statement statement = db.createStatement()) {
            for (String sql : script().split(";\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        return file;
    }

    static String script() throws IOException {
        try (InputStream in = PbootCmsSiteTest.class.getResourceAsStream(SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static SourceTables tables() {
        return new SourceTables(PbootCmsSite::wants);
    }

    private SourceSite fromSqlite() throws IOException, SQLException {
        SourceTables tables = tables();
        SqliteFile.read(sqliteFile(folder), tables);
        return PbootCmsSite.read(tables);
    }

    private static SourceSite fromDump() throws IOException {
        SourceTables tables = tables();
        try (InputStream in = PbootCmsSiteTest.class.getResourceAsStream(SCRIPT)) {
            SqlDump.read(in, StandardCharsets.UTF_8, "pbootcms.sql", tables);
        }
        assertTrue(PbootCmsSite.isOne(tables));
        return PbootCmsSite.read(tables);
    }

    @Test
    void theSqliteFileAndADumpOfItGiveTheSameSite() throws Exception {
        assertEquals(fromDump(), fromSqlite());
    }

    @Test
    void columnsBecomeCategoriesOfTheirModelsKindParentsFirstWithTheirAddressesInEachMode() throws Exception {
        SourceSite site = fromSqlite();
        assertEquals("PbootCMS 3.x", site.system());
        assertEquals("http://www.shenglang-audio.example", site.origin());
        List<String> keys =
                site.categories().stream().map(SourceSite.Category::key).toList();
        assertEquals(
                List.of("sort 2", "sort 3", "sort 5", "sort 6", "sort 8", "sort 4"), keys, "parents first, by order");
        Map<String, SourceSite.Category> byKey =
                site.categories().stream().collect(Collectors.toMap(SourceSite.Category::key, Function.identity()));
        assertEquals(ItemKind.ARTICLE, byKey.get("sort 3").kind());
        assertEquals("sort 2", byKey.get("sort 3").parentKey());
        assertEquals(ItemKind.PRODUCT, byKey.get("sort 6").kind());
        assertEquals("sort 5", byKey.get("sort 6").parentKey());
        assertEquals(ItemKind.CASE_STUDY, byKey.get("sort 8").kind());
        assertEquals("amplifiers", byKey.get("sort 6").slug());
        assertTrue(byKey.get("sort 3")
                .oldAddresses()
                .containsAll(List.of("/?company/", "/company/", "/index.php/company/")));
        assertTrue(byKey.get("sort 4").oldAddresses().contains("/?news_4/"), "a column without a name of its own");
    }

    @Test
    void contentsComeWithTheirTextUnescapedCountsPicturesSpecsAndAddresses() throws Exception {
        Map<String, SourceSite.Item> items =
                fromSqlite().items().stream().collect(Collectors.toMap(SourceSite.Item::key, Function.identity()));
        assertEquals(
                List.of("content 4", "content 5", "content 6", "content 7", "content 12", "content 13"),
                items.keySet().stream()
                        .sorted((a, b) -> Integer.compare(a.length(), b.length()) != 0
                                ? Integer.compare(a.length(), b.length())
                                : a.compareTo(b))
                        .toList());

        SourceSite.Item news = items.get("content 4");
        assertEquals(ItemKind.ARTICLE, news.kind());
        assertEquals("sort 3", news.categoryKey());
        assertEquals("店里新到一批\"无损\"播放器", news.title());
        assertTrue(news.body().startsWith("<p>欢迎到店试听。</p><p><img src=\"/static/upload/image/20240312/"), news.body());
        assertEquals(328, news.views());
        assertEquals(LocalDateTime.of(2024, 3, 12, 9, 30), news.publishedAt());
        assertEquals("/static/upload/image/20240312/1710207000123456.png", news.cover());
        assertEquals("新到的无损播放器，欢迎试听。", news.seoDescription());
        assertTrue(
                news.oldAddresses()
                        .containsAll(List.of(
                                "/?company/4.html", "/company/4.html", "/index.php/company/4.html", "/?4.html")),
                news.oldAddresses().toString());

        SourceSite.Item draft = items.get("content 5");
        assertNull(draft.publishedAt(), "hidden on the old site: a draft");
        assertTrue(draft.oldAddresses().contains("/?news_4/5.html"));

        SourceSite.Item named = items.get("content 13");
        assertEquals("winter-tips", named.slug());
        assertTrue(named.oldAddresses().contains("/?news_4/winter-tips.html"));
        assertTrue(named.body().contains("It's simple."), "a doubled quote");

        SourceSite.Item product = items.get("content 6");
        assertEquals(ItemKind.PRODUCT, product.kind());
        assertEquals("/static/upload/image/20231120/1700460000111111.png", product.cover());
        assertEquals(List.of("/static/upload/image/20231120/1700460000222222.png"), product.pictures());
        assertEquals(List.of(new SourceSite.Spec("价格", "1280"), new SourceSite.Spec("颜色", "黑色,银色")), product.specs());
        assertTrue(product.oldAddresses().containsAll(List.of("/?amplifiers/6.html", "/amplifiers/four-way-amp.html")));

        assertEquals(ItemKind.CASE_STUDY, items.get("content 7").kind());

        SourceSite.Item about = items.get("content 12");
        assertEquals(ItemKind.PAGE, about.kind());
        assertEquals("关于声浪", about.title(), "the newest shown content of a single page's column, as PbootCMS shows");
        assertTrue(about.oldAddresses().containsAll(List.of("/?aboutus/", "/aboutus/")));
    }

    @Test
    void theSitesOwnAddressRulesAreFollowed() throws IOException {
        SourceTables tables = tables();
        String rules = "CREATE TABLE `ay_config` (`id` int, `name` varchar(30), `value` varchar(100));\n"
                + "INSERT INTO `ay_config` VALUES (1,'url_rule_suffix','.htm'),(2,'url_break_char','-');\n";
        SqlDump.read(
                new java.io.ByteArrayInputStream((script() + rules).getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8,
                "pbootcms.sql",
                tables);
        SourceSite.Item draft = PbootCmsSite.read(tables).items().stream()
                .filter(item -> item.key().equals("content 5"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                draft.oldAddresses().contains("/?news-4/5.htm"),
                draft.oldAddresses().toString());
    }

    @Test
    void whatIsNotBroughtIsSaid() throws Exception {
        String leftOut = String.join("\n", fromSqlite().leftOut());
        assertTrue(leftOut.contains("1 contents in the language area \"en\""), leftOut);
        assertTrue(leftOut.contains("我们的淘宝店: a link to https://shop.example.com/"), leftOut);
        assertTrue(leftOut.contains("1 contents of no column"), leftOut);
        assertTrue(leftOut.contains("联系我们: an empty single page"), leftOut);
        assertTrue(leftOut.contains("2 older contents of single pages"), leftOut);
    }

    @Test
    void guestbookMessagesComeWithTheirAnswersAndAddresses() throws Exception {
        assertEquals(
                List.of(new SourceSite.Message(
                        "message 1",
                        "李女士",
                        "13900139000",
                        null,
                        "请问周末营业吗？",
                        LocalDateTime.of(2024, 2, 3, 15, 20),
                        "周末照常营业。",
                        "127.0.0.1")),
                fromSqlite().messages());
    }

    @Test
    void slidesComeAsBanners() throws Exception {
        assertEquals(
                List.of(new SourceSite.Banner("/static/upload/image/20240101/1704067200000001.png", null, null)),
                fromSqlite().banners());
    }

    @Test
    void theCompanysDetailsComeFromItsCompanyAndSiteSettings() throws Exception {
        SourceSite.Company company = fromSqlite().company();
        assertEquals(
                new SourceSite.Company(
                        "佛山声浪汽车音响店",
                        "佛山市禅城区汽配城 B 区 12 号",
                        "0757-8888 6666",
                        "13800138000",
                        "暂无",
                        "shop@shenglang-audio.example",
                        "12345",
                        "粤ICP备19000001号",
                        "/static/upload/image/20190501/1556676000000001.png",
                        null),
                company);
    }
}
