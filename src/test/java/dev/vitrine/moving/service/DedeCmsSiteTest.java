package dev.vitrine.moving.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.content.entity.ItemKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A DedeCMS site ({@code moving/dedecms-5.7}) read from its own backup, stored in GBK. */
class DedeCmsSiteTest {

    static final List<String> BACKUP = List.of(
            "/moving/dedecms-5.7/7a3f0c2e91b4d5f6a8c1_tables_struct.txt",
            "/moving/dedecms-5.7/b5e2d9f0c3a14e7b8d62_dede_archives.txt");

    /** A file of the backup as the GBK edition of DedeCMS writes it. */
    static byte[] inGbk(String resource) throws IOException {
        try (InputStream in = DedeCmsSiteTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
        }
    }

    private static SourceSite site() throws IOException {
        SourceTables tables = new SourceTables(DedeCmsSite::wants);
        for (String file : BACKUP) { // the structure first: the data's INSERTs name no columns
            byte[] gbk = inGbk(file);
            Charset charset = SqlDump.charsetOf(new ByteArrayInputStream(gbk));
            SqlDump.read(new ByteArrayInputStream(gbk), charset, file, tables);
        }
        assertEquals("dede_", DedeCmsSite.prefixOf(tables).orElseThrow());
        return DedeCmsSite.read(tables, "dede_");
    }

    @Test
    void categoriesKeepTheirTreeAndTheirTopCategorysKindWithTheirAddresses() throws IOException {
        SourceSite site = site();
        assertEquals("DedeCMS 5.7", site.system());
        assertEquals("http://www.shengyue-old.example", site.origin());
        Map<String, SourceSite.Category> categories =
                site.categories().stream().collect(Collectors.toMap(SourceSite.Category::key, Function.identity()));
        assertEquals(
                List.of("type 1", "type 2", "type 3"),
                site.categories().stream().map(SourceSite.Category::key).toList());
        assertEquals("公司新闻", categories.get("type 1").name(), "read in GBK");
        assertEquals(ItemKind.ARTICLE, categories.get("type 1").kind());
        assertEquals(ItemKind.PRODUCT, categories.get("type 3").kind(), "under 产品展示");
        assertEquals("type 2", categories.get("type 3").parentKey());
        assertEquals(
                List.of("/a/news/", "/a/news/index.html", "/a/news/list_1_1.html", "/plus/list.php?tid=1"),
                categories.get("type 1").oldAddresses());
        assertTrue(
                site.leftOut().contains("淘宝店: a link to https://shop.example.com, not a category"),
                site.leftOut().toString());
    }

    @Test
    void documentsComeWithTheirBodiesCountsAndStaticAndDynamicAddresses() throws IOException {
        SourceSite site = site();
        Map<String, SourceSite.Item> items =
                site.items().stream().collect(Collectors.toMap(SourceSite.Item::key, Function.identity()));
        assertEquals(
                java.util.Set.of("type 4", "archive 15", "archive 16", "archive 18", "archive 19", "sgpage 1"),
                items.keySet(),
                "the recycle bin's document is left out");

        SourceSite.Item news = items.get("archive 15");
        assertEquals("店里新到\"发烧\"播放器", news.title());
        assertEquals(
                "<p>欢迎到店试听。</p>\r\n<p><img src=\"/uploads/allimg/240312/1-240312093000.png\" alt=\"\" /></p>",
                news.body());
        assertEquals(328, news.views());
        assertEquals(LocalDateTime.of(2024, 3, 12, 9, 30), news.publishedAt(), "in China's time");
        assertEquals("/uploads/allimg/240312/1-240312093000.png", news.cover());
        assertEquals(
                List.of("/plus/view.php?aid=15", "/plus/view-15-1.html", "/a/news/2024/0312/15.html"),
                news.oldAddresses());

        SourceSite.Item product = items.get("archive 16");
        assertEquals(ItemKind.PRODUCT, product.kind());
        assertTrue(product.oldAddresses().contains("/a/chanpin/gongfang/16.html"), "its category's own rule");

        assertNull(items.get("archive 18").publishedAt(), "waiting for review: a draft");
        SourceSite.Item named = items.get("archive 19");
        assertTrue(
                named.oldAddresses().contains("/a/news/2024/0115/winter.html"),
                named.oldAddresses().toString());
        assertEquals("<p>暖车五分钟再开大音量。It's simple.</p><p>第二页。</p>", named.body());

        SourceSite.Item about = items.get("type 4");
        assertEquals(ItemKind.PAGE, about.kind());
        assertEquals("关于我们", about.title());
        assertTrue(about.oldAddresses().contains("/a/about/"));
        SourceSite.Item contact = items.get("sgpage 1");
        assertEquals(List.of("/contact.html"), contact.oldAddresses());

        assertEquals("声悦音响", site.company().name());
        assertEquals("粤ICP备20000002号", site.company().icpNumber());
        assertTrue(
                site.leftOut().contains("1 documents in the recycle bin"),
                site.leftOut().toString());
        assertEquals(List.of(new SourceSite.Link("织梦CMS", "http://www.dedecms.com", null)), site.links());
        assertTrue(
                site.leftOut().contains("1 friendly links waiting for approval"),
                site.leftOut().toString());
    }
}
