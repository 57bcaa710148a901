package dev.vitrine.moving.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordPressExportTest {

    private static SourceSite read(String version) {
        InputStream in = WordPressExportTest.class.getResourceAsStream("/moving/wordpress-" + version + ".xml");
        return WordPressExport.read(in);
    }

    private static Map<String, SourceSite.Item> items(SourceSite site) {
        return site.items().stream().collect(Collectors.toMap(SourceSite.Item::key, Function.identity()));
    }

    @Test
    void aWordPress6ExportBringsPostsPagesProductsAndTheirCategoriesTree() {
        SourceSite site = read("1.2");
        assertEquals("WordPress (WXR 1.2)", site.system());
        assertEquals("https://old.shenglang.example", site.origin());
        List<String> categories = site.categories().stream()
                .map(c -> c.key() + " < " + c.parentKey() + " " + c.kind() + " " + c.name())
                .toList();
        assertEquals(
                List.of(
                        "category news < null ARTICLE 公司新闻",
                        "category tips < category news ARTICLE 保养知识",
                        "product_cat amplifiers < null PRODUCT 功放"),
                categories,
                "parents first; tags and menus are no categories");
        assertEquals(
                List.of("/category/news/tips/", "/?cat=4"),
                site.categories().get(1).oldAddresses());

        Map<String, SourceSite.Item> items = items(site);
        assertEquals(5, items.size(), "two posts, a draft, a page, a product: " + items.keySet());
        SourceSite.Item post = items.get("post 15");
        assertEquals(ItemKind.ARTICLE, post.kind());
        assertEquals("category tips", post.categoryKey());
        assertEquals("冬季电瓶保养", post.title());
        assertEquals("battery-care-in-winter", post.slug());
        assertEquals("冬天怎么<b>保养</b>电瓶", post.summary());
        assertEquals(LocalDateTime.of(2024, 3, 12, 16, 0), post.publishedAt(), "the site's own time");
        assertEquals(328, post.views());
        assertEquals("冬季电瓶保养指南", post.seoTitle());
        assertEquals("天冷时电瓶保养的四个要点。", post.seoDescription());
        assertEquals(
                "https://old.shenglang.example/wp-content/uploads/2024/03/battery-winter.png",
                post.cover(),
                "the featured image");
        assertTrue(post.body().contains("<script>"), "read as stored: the import sanitizes it");
        assertEquals(
                List.of(
                        "/2024/03/12/battery-care-in-winter/",
                        "/?p=15",
                        "/2024/03/battery-care-in-winter/",
                        "/archives/15",
                        "/battery-care-in-winter/"),
                post.oldAddresses());

        SourceSite.Item classic = items.get("post 16");
        assertEquals(57, classic.views(), "post_views_count");
        assertEquals("<p>改装前先想好预算。</p>\n<p>功放要配合喇叭的功率。<br>线材别省。</p>\n", classic.body());
        assertTrue(classic.oldAddresses().contains("/2024/04/02/%e6%94%b9%e8%a3%85%e9%a1%bb%e7%9f%a5/"));

        SourceSite.Item draft = items.get("post 17");
        assertNull(draft.publishedAt(), "a draft stays a draft");
        assertNull(draft.slug());

        SourceSite.Item page = items.get("post 2");
        assertEquals(ItemKind.PAGE, page.kind());
        assertNull(page.categoryKey());
        assertEquals(List.of("/about/", "/?page_id=2"), page.oldAddresses());

        SourceSite.Item product = items.get("post 30");
        assertEquals(ItemKind.PRODUCT, product.kind());
        assertEquals("product_cat amplifiers", product.categoryKey());
        assertEquals(List.of("/product/a4-amp/", "/?post_type=product&p=30", "/?p=30"), product.oldAddresses());

        assertEquals(List.of("1 × nav_menu_item", "1 × post (trash)"), site.leftOut());
    }

    @Test
    void aWordPress3ExportInASubfolderKeepsTheFolderInItsAddressesAndIgnoresCommentMeta() {
        SourceSite site = read("1.1");
        assertEquals("WordPress (WXR 1.1)", site.system());
        SourceSite.Item post = items(site).get("post 41");
        assertEquals(1204, post.views(), "the post's count, not its comment's");
        assertEquals("category uncategorized", post.categoryKey());
        assertTrue(
                post.oldAddresses().containsAll(List.of("/blog/archives/41", "/blog/?p=41")),
                post.oldAddresses().toString());
        assertTrue(post.body().startsWith("<p>Sealed boxes"), post.body());
        assertEquals(
                List.of("/blog/?page_id=5", "/blog/opening-hours/"),
                items(site).get("post 5").oldAddresses());
        assertEquals(
                List.of("/blog/category/uncategorized/", "/blog/?cat=1"),
                site.categories().get(0).oldAddresses());
    }

    @Test
    void aWordPress3Point0ExportWithCategoriesTwiceBringsEachOnce() {
        SourceSite site = read("1.0");
        assertEquals("WordPress (WXR 1.0)", site.system());
        assertEquals(1, site.categories().size());
        SourceSite.Item post = items(site).get("post 3");
        assertEquals("category news", post.categoryKey());
        assertEquals("<p>国庆开业，全场八折。</p>\n", post.body());
        assertEquals("/?p=3", post.oldAddresses().get(0));
    }

    @Test
    void aPostWithoutACategoryGoesToOneMadeForIt() {
        String export = wxr(
                "1.2",
                "<item><title>x</title><wp:post_id>9</wp:post_id><wp:post_type>post</wp:post_type>"
                        + "<wp:status>publish</wp:status><wp:post_date>2024-01-01 00:00:00</wp:post_date></item>");
        SourceSite site = WordPressExport.read(stream(export));
        assertEquals("category (none)", site.items().get(0).categoryKey());
        assertEquals("未分类", site.categories().get(0).name());
    }

    @Test
    void whatIsNotAWordPressExportOfAKnownVersionIsRefusedSayingWhy() {
        assertEquals("moving.notWordPress", refusal("<rss><channel><item><title>x</title></item></channel></rss>"));
        assertEquals("moving.unknownVersion", refusal(wxr("2.0", "")));
        BusinessException cutOff = assertThrows(
                BusinessException.class, () -> WordPressExport.read(stream(wxr("1.2", "<item><title>x</ti"))));
        assertEquals("moving.damaged", cutOff.getMessageKey());
        assertTrue(Arrays.toString(cutOff.getArguments()).length() > 5, "says where");
        assertEquals("moving.damaged", refusal("not xml at all"));
    }

    @Test
    void anExportNeverReadsAFileOrAddressItNames() {
        String attack = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + wxr(
                        "1.2",
                        "<item><title>&secret;</title><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type>"
                                + "<wp:status>publish</wp:status></item>");
        BusinessException refused = assertThrows(BusinessException.class, () -> WordPressExport.read(stream(attack)));
        assertEquals("moving.damaged", refused.getMessageKey());
    }

    private static String refusal(String export) {
        return assertThrows(BusinessException.class, () -> WordPressExport.read(stream(export)))
                .getMessageKey();
    }

    private static String wxr(String version, String items) {
        return "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/" + version + "/\"><channel>"
                + "<link>https://x.example</link><wp:wxr_version>" + version + "</wp:wxr_version>"
                + "<wp:base_site_url>https://x.example</wp:base_site_url>" + items + "</channel></rss>";
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
