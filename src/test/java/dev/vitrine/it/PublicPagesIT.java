package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.vitrine.testing.Browserless;
import dev.vitrine.testing.EveryServer;
import dev.vitrine.testing.Http11;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a visitor sees, page by page, over plain HTTP against the real WAR with its demo shop. */
@EveryServer
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

    private static final String ENGLISH = "en-US,en;q=0.9";
    private static final Pattern ARTICLE_VIEWS = Pattern.compile("点击:(\\d+)");
    private static final Pattern PRODUCT_VIEWS = Pattern.compile("浏览:(\\d+)");

    @ArquillianResource
    URL base;

    private Browserless visitor() {
        return new Browserless(base);
    }

    private static long number(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), () -> pattern + " not in: " + text);
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void theDemoArticleShowsItsCountLikeTheReference() {
        Document page = visitor().page("news/protect-your-battery-in-winter");
        // Seeded so that its first visitor sees 点击:328, as on the reference page; other tests may have read it.
        assertTrue(number(ARTICLE_VIEWS, page.selectFirst(".meta .views").text()) >= 328, page.html());
        assertEquals(
                "2025-11-18 09:26:47", page.selectFirst(".meta time.published").text());
    }

    @Test
    void homeShowsCompanyNavigationFeaturedProductsNewsAndContact() {
        Document home = visitor().page("");
        assertEquals("zh-CN", home.selectFirst("html").attr("lang"));
        assertEquals("广州声悦汽车音响有限公司", home.selectFirst(".brand .company").text());
        assertTrue(home.select(".main-nav a").eachText().containsAll(List.of("首页", "产品展示", "汽车音响", "新闻动态", "联系方式")));
        List<Element> featured = home.select(".featured .card");
        assertTrue(featured.size() >= 5, "featured products: " + featured.size());
        for (Element card : featured) {
            assertTrue(card.selectFirst("a").attr("href").matches(".*/products/[a-z0-9-]+"), card.html());
            assertFalse(card.selectFirst("img").attr("src").isEmpty());
            assertFalse(card.selectFirst(".name").text().isBlank());
        }
        assertEquals("产品展示", home.selectFirst(".featured h2").text());
        assertEquals(5, home.select(".latest-news li").size());
        assertContactBlock(home.selectFirst(".contact-box"));
        Element filing = home.selectFirst(".site-footer a[href=\"https://beian.miit.gov.cn/\"]");
        assertEquals("粤ICP备00000000号-1", filing.text(), "the ICP number links to the MIIT filing site");
    }

    @Test
    void robotsKeepCrawlersOutOfTheBackOfficeAndSearchAndNameTheSitemap() {
        HttpResponse<String> robots = visitor().get("robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        List<String> lines = robots.body().lines().toList();
        assertTrue(
                lines.containsAll(
                        List.of("User-agent: *", "Disallow: /admin/", "Disallow: /login", "Disallow: /search")),
                robots.body());
        assertTrue(
                lines.stream().anyMatch(line -> line.matches("Sitemap: https?://[^ ]+/sitemap\\.xml")), robots.body());
    }

    @Test
    void theSitemapListsEveryPublicItemWithItsLastChangeAndNothingElse() {
        HttpResponse<String> sitemap = visitor().get("sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        Document xml = Jsoup.parse(sitemap.body(), Parser.xmlParser());
        List<String> addresses = xml.select("url > loc").eachText();
        assertTrue(addresses.stream().allMatch(address -> address.matches("https?://.+")), "absolute");
        for (String path :
                List.of("/products/a4-class-d-amplifier", "/news/protect-your-battery-in-winter", "/contact")) {
            assertTrue(addresses.stream().anyMatch(address -> address.endsWith(path)), path + " in " + addresses);
        }
        assertTrue(addresses.stream().anyMatch(address -> address.contains("/products?category=")), "categories");
        assertTrue(addresses.stream().noneMatch(address -> address.contains("/admin") || address.contains("/search")));
        Element product = xml.select("url").stream()
                .filter(url -> url.selectFirst("loc").text().endsWith("/products/a4-class-d-amplifier"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                product.selectFirst("lastmod").text().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z"),
                product.html());
        assertEquals(addresses.size(), addresses.stream().distinct().count(), "each address once");
        assertEquals(404, visitor().get("sitemap.xml?part=2").statusCode(), "one part only on a small site");
    }

    @Test
    void aProductPageHasOneCanonicalAddressSharingCardsBreadcrumbsAndProductData() throws Exception {
        Document page = visitor().page("products/a4-class-d-amplifier?utm_source=x");
        String canonical = page.selectFirst("link[rel=canonical]").attr("href");
        assertTrue(canonical.endsWith("/products/a4-class-d-amplifier"), canonical);
        assertEquals("product", page.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals(canonical, page.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals(
                page.selectFirst("h1").text(),
                page.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(page.selectFirst("meta[property=og:image]").attr("content").contains("/media/"));
        assertEquals(
                "summary_large_image",
                page.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals(
                List.of("首页", "产品展示", "汽车音响", "功放与处理器"),
                page.select(".breadcrumbs a").eachText(),
                "the path down the categories");
        assertEquals(
                page.selectFirst("h1").text(),
                page.selectFirst(".breadcrumbs [aria-current=page]").text());

        List<JsonObject> data = structuredData(page);
        JsonObject product = ofType(data, "Product");
        assertEquals(page.selectFirst("h1").text(), product.getString("name"));
        assertEquals(canonical, product.getString("url"));
        assertTrue(product.getJsonArray("image").size() >= 1);
        JsonObject trail = ofType(data, "BreadcrumbList");
        assertEquals(5, trail.getJsonArray("itemListElement").size());
        assertTrue(trail.getJsonArray("itemListElement")
                .getJsonObject(2)
                .getString("item")
                .endsWith("/products?category=car-audio"));
        assertEquals(
                canonical,
                trail.getJsonArray("itemListElement").getJsonObject(4).getString("item"));
    }

    @Test
    void anArticleIsANewsArticleWithItsPublishTimeAndTheHomePageNamesTheOrganization() throws Exception {
        Document page = visitor().page("news/protect-your-battery-in-winter");
        JsonObject article = ofType(structuredData(page), "NewsArticle");
        assertEquals("2025-11-18T09:26:47+08:00", article.getString("datePublished"));
        assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));

        Document home = visitor().page("");
        JsonObject organization = ofType(structuredData(home), "Organization");
        assertEquals("广州声悦汽车音响有限公司", organization.getString("name"));
        assertEquals("020-3852 6671", organization.getString("telephone"));
        assertTrue(home.selectFirst("link[rel=canonical]").attr("href").endsWith("/"));
    }

    @Test
    void theNewsFeedsAreValidRssAndAtomOfTheNewestArticles() throws Exception {
        for (String feedPath : List.of("rss.xml", "atom.xml")) {
            HttpResponse<String> answer = visitor().get(feedPath);
            assertEquals(200, answer.statusCode(), feedPath);
            SyndFeed feed = new SyndFeedInput().build(new StringReader(answer.body()));
            assertEquals(feedPath.equals("rss.xml") ? "rss_2.0" : "atom_1.0", feed.getFeedType());
            assertTrue(feed.getEntries().size() >= 5 && feed.getEntries().size() <= 20, feedPath);
            SyndEntry newest = feed.getEntries().get(0);
            assertTrue(newest.getLink().matches("https?://.+/news/[a-z0-9-]+"), newest.getLink());
            List<Date> published =
                    feed.getEntries().stream().map(SyndEntry::getPublishedDate).toList();
            assertFalse(published.contains(null), feedPath);
            assertEquals(published.stream().sorted(Comparator.reverseOrder()).toList(), published, "newest first");
        }
        Document news = visitor().page("news");
        String category =
                news.select(".tabs a[href*=category=]").first().attr("href").replaceAll(".*category=", "");
        SyndFeed ofCategory = new SyndFeedInput()
                .build(new StringReader(
                        visitor().get("rss.xml?category=" + category).body()));
        assertTrue(ofCategory.getLink().endsWith("/news?category=" + category));
        assertEquals(404, visitor().get("rss.xml?category=no-such-category").statusCode());
    }

    @Test
    void oneAddressSearchingOverAndOverIsAskedToSlowDownAndOthersSearchOn() {
        // Issue 20: a search is a full render; one client made 136 a second with a 100-character query.
        Browserless script = visitor();
        String query = "search?q=" + URLEncoder.encode("功放".repeat(50), StandardCharsets.UTF_8);
        HttpResponse<String> answer = script.get(query);
        for (int i = 0; i < 100 && answer.statusCode() == 200; i++) {
            answer = script.get(query);
        }
        assertEquals(429, answer.statusCode());
        assertTrue(answer.body().contains("请等几秒钟后再搜索"), "a friendly page: " + answer.body());
        assertTrue(answer.headers().firstValue("Retry-After").isPresent());
        assertEquals(200, visitor().get(query).statusCode(), "other addresses search on");
    }

    @Test
    void searchFindsChineseWordsInTitlesAndTextWithTheWordsMarkedAndKeepsCrawlersOut() {
        Document results = visitor().page("search?q=" + URLEncoder.encode("功放", StandardCharsets.UTF_8));
        assertEquals("noindex", results.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(results.select("link[rel=canonical]").isEmpty());
        List<Element> hits = results.select(".results .result");
        assertTrue(hits.size() >= 2, results.select(".results").html());
        Element amplifier = hits.stream()
                .filter(hit -> hit.selectFirst("a").attr("href").endsWith("/products/a4-class-d-amplifier"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(results.select(".results").html()));
        assertEquals("功放", amplifier.selectFirst("a mark").text());
        assertEquals("产品", amplifier.selectFirst(".kind").text());
        assertTrue(results.selectFirst(".found").text().contains("功放"));

        Document nothing =
                visitor().page("search?q=" + URLEncoder.encode("<script>x</script>", StandardCharsets.UTF_8));
        assertTrue(nothing.select(".results .result").isEmpty());
        assertTrue(nothing.select("script:containsData(x)").isEmpty(), "the words are shown, never run");
        assertEquals(400, visitor().get("search?q=a&page=11").statusCode(), "ten pages at most");
        assertEquals(200, visitor().get("search?q=" + "功放".repeat(300)).statusCode(), "long words are cut");
        assertFalse(
                visitor()
                        .page("")
                        .select("header form[role=search] input[name=q]")
                        .isEmpty(),
                "a box on every page");
    }

    private static List<JsonObject> structuredData(Document page) {
        return page.select("script[type=application/ld+json]").stream()
                .map(script ->
                        Json.createReader(new StringReader(script.data())).readObject())
                .toList();
    }

    private static JsonObject ofType(List<JsonObject> data, String type) {
        return data.stream()
                .filter(json -> json.getString("@type").equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + data));
    }

    private static void assertContactBlock(Element block) {
        assertEquals(
                "service@shengyue-audio.example.com",
                block.selectFirst(".email").text());
        assertEquals("020-3852 6671", block.selectFirst(".phone").text());
        assertEquals("tel:02038526671", block.selectFirst(".phone a").attr("href"), "a number a phone calls");
        assertEquals("020-3852 6672", block.selectFirst(".fax").text());
        assertTrue(block.selectFirst(".address").text().contains("车陂路"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "products",
                "products/a4-class-d-amplifier",
                "news",
                "news/dsp-tuning-service-launched",
                "contact"
            })
    void everyPageCarriesTheContactDetails(String path) {
        assertContactBlock(visitor().page(path).selectFirst(".contact-box"));
    }

    @Test
    void contactPageHasTheDetailsInFull() {
        Document contact = visitor().page("contact");
        assertEquals("联系方式", contact.selectFirst("main h1").text());
        assertContactBlock(contact.selectFirst("main .contact-page"));
    }

    @Test
    void productsListInTheShopsOrderByCategoryAndPage() {
        Browserless visitor = visitor();
        List<String> audio = visitor.page("products?category=car-audio")
                .select("main .card .name")
                .eachText();
        assertEquals("声悦 ST-26 丝膜球顶高音喇叭（一对）", audio.get(0));
        assertEquals(6, audio.size());
        assertEquals(
                List.of("车门隔音止震板（10 片装）", "70Ah 免维护汽车蓄电池"),
                visitor.page("products?category=car-accessories")
                        .select("main .card .name")
                        .eachText());

        Document first = visitor.page("products");
        assertEquals(6, first.select("main .card").size());
        assertEquals(audio, first.select("main .card .name").eachText());
        String next = first.selectFirst(".pager a[rel=next]").attr("href");
        assertTrue(next.endsWith("/products?page=2"), next);
        Document second = visitor.page("products?page=2");
        assertTrue(second.select("main .card .name").eachText().contains("70Ah 免维护汽车蓄电池"));
    }

    @Test
    void categoriesInCategoriesShowAsATreeAndAPathAndTheParentListsTheirItems() {
        Browserless visitor = visitor();
        Document amplifiers = visitor.page("products?category=amplifiers");
        assertEquals(
                List.of("A4 四声道 D 类功放", "DSP-8 八声道音频处理器"),
                amplifiers.select("main .card .name").eachText());
        assertEquals(
                List.of("首页", "产品展示", "汽车音响"),
                amplifiers.select(".breadcrumbs a").eachText());
        assertEquals(
                "功放与处理器",
                amplifiers.selectFirst(".breadcrumbs [aria-current=page]").text());
        assertEquals("汽车音响", amplifiers.selectFirst("nav.tabs a.current").text(), "the top category's tab");
        assertEquals(
                List.of("喇叭", "功放与处理器", "低音炮"),
                amplifiers.select(".subtabs a").eachText(),
                "a second row with the categories beside it");
        assertEquals("功放与处理器", amplifiers.selectFirst(".subtabs a.current").text());

        List<String> menu = amplifiers
                .select(".main-nav .menu-group:first-of-type .submenu a")
                .eachText();
        assertEquals(List.of("汽车音响", "喇叭", "功放与处理器", "低音炮", "汽车用品"), menu.subList(0, 5));
        assertEquals(
                List.of("喇叭", "功放与处理器", "低音炮"),
                amplifiers.select(".main-nav .submenu a.depth-1").eachText().subList(0, 3),
                "the menu shows them inside 汽车音响");
        assertEquals(
                List.of("喇叭", "功放与处理器", "低音炮"),
                visitor.page("products?category=car-audio").select(".subtabs a").eachText(),
                "the top category's list offers those inside it");
    }

    @Test
    void aProductPageShowsEverythingAndCountsTheView() {
        Browserless visitor = visitor();
        Document page = visitor.page("products/cs-65-component-set");
        assertEquals("CS-65 6.5 寸两分频套装喇叭", page.selectFirst("main h1").text());
        assertEquals("喇叭", page.selectFirst(".meta .category a").text());
        assertEquals(2, page.select(".gallery img").size());
        assertEquals("阻抗", page.select(".spec-table th").get(2).text());
        assertEquals("4 Ω", page.select(".spec-table td").get(2).text());
        assertFalse(page.select(".description strong").isEmpty(), "the description is real HTML");
        assertFalse(page.selectFirst(".description").text().contains("<strong>"));

        long views = number(PRODUCT_VIEWS, page.selectFirst(".meta .views").text());
        Document reload = visitor.page("products/cs-65-component-set");
        assertEquals(
                views, number(PRODUCT_VIEWS, reload.selectFirst(".meta .views").text()), "a reload is no new view");
        Document someoneElse = visitor().page("products/cs-65-component-set");
        assertEquals(
                views + 1,
                number(PRODUCT_VIEWS, someoneElse.selectFirst(".meta .views").text()));
    }

    @Test
    void caseStudiesAreAKindLikeTheOthersListedCountedSearchedTranslatedAndInTheSitemap() throws Exception {
        Document list = visitor().page("cases");
        assertEquals("工程案例", list.selectFirst("main h1").text());
        List<String> cases = list.select(".card .name").eachText();
        assertEquals(List.of("2021 款凯美瑞 四门喇叭升级与隔音", "物流车队 十台面包车加装座椅下低音炮"), cases.subList(0, 2), "newest first");
        assertTrue(list.select(".main-nav a").eachText().contains("工程案例"), "in the menu");
        assertTrue(
                list.select(".main-nav a").eachAttr("href").stream()
                        .anyMatch(href -> href.endsWith("/cases?category=installations")),
                "with its category beneath");

        Browserless visitor = visitor();
        Document page = visitor.page("cases/camry-four-door-upgrade");
        assertEquals("凯美瑞车主 陈先生", page.selectFirst(".case-facts .client").text());
        assertEquals("广州 · 本店工位", page.selectFirst(".case-facts .place").text());
        assertEquals("2026-10-18", page.selectFirst(".case-facts .completed").text());
        assertEquals("改装案例", page.selectFirst(".meta .category").text());
        assertTrue(
                page.select("script[type=application/ld+json]").stream()
                        .anyMatch(script -> script.data().contains("\"@type\":\"Article\"")),
                "an article to search engines, not a news article");
        long views = number(ARTICLE_VIEWS, page.selectFirst(".meta .views").text());
        assertTrue(views >= 96, "the demo's count and more");
        assertEquals(
                views + 1,
                number(
                        ARTICLE_VIEWS,
                        visitor()
                                .page("cases/camry-four-door-upgrade")
                                .selectFirst(".meta .views")
                                .text()),
                "another visitor's view counts");

        Document english = visitor().page("en/cases/camry-four-door-upgrade");
        assertEquals(
                "2021 Camry: four-door speaker upgrade and deadening",
                english.selectFirst("main h1").text());
        assertEquals("Installations", english.selectFirst(".meta .category").text());
        assertTrue(
                visitor().page("search?q=凯美瑞").select(".results a").eachAttr("href").stream()
                        .anyMatch(href -> href.endsWith("/cases/camry-four-door-upgrade")),
                "found by search");
        String sitemap = visitor().get("sitemap.xml").body();
        assertTrue(sitemap.contains("/cases/camry-four-door-upgrade</loc>"), "in the sitemap");
        assertTrue(sitemap.contains("/en/cases/camry-four-door-upgrade</loc>"));
        assertTrue(sitemap.contains("/cases?category=installations</loc>"));
        assertEquals(404, visitor().get("cases/no-such-case").statusCode());
    }

    @Test
    void newsListsNewestFirstWithDateSummaryAndCover() {
        Document news = visitor().page("news");
        List<String> dates = news.select(".article-item time").eachText();
        assertTrue(dates.size() >= 5, "the demo's five articles, and any another test published");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, dates);
        Document industry = visitor().page("news?category=industry-news");
        assertEquals(3, industry.select(".article-item").size(), "the demo's, which no other test touches");
        for (Element item : industry.select(".article-item")) {
            assertFalse(item.selectFirst(".summary").text().isBlank());
            assertTrue(item.selectFirst("img.cover").attr("src").contains("/media/thumbs/"));
        }
    }

    @Test
    void anArticleShowsFormattedBodyViewsAndItsNeighbours() {
        Browserless visitor = visitor();
        Document page = visitor.page("news/protect-your-battery-in-winter");
        assertEquals("天冷了，车上的蓄电池怎么保养？", page.selectFirst("main h1").text());
        Element body = page.selectFirst(".rich-text.body");
        assertEquals("三个小习惯：", body.selectFirst("strong").text());
        assertFalse(body.text().contains("<strong>"), "no tag leaks as text");
        assertEquals(3, body.select("li").size());
        assertTrue(page.selectFirst(".neighbours .previous a")
                .attr("href")
                .endsWith("/news/five-things-before-upgrading-car-audio"));
        assertEquals(
                "改装汽车音响前要想清楚的五件事", page.selectFirst(".neighbours .previous a").text());
        assertTrue(page.selectFirst(".neighbours .next a")
                .attr("href")
                .endsWith("/news/choosing-a-subwoofer-for-a-compact-car"));

        long views = number(ARTICLE_VIEWS, page.selectFirst(".meta .views").text());
        assertEquals(
                views + 1,
                number(
                        ARTICLE_VIEWS,
                        visitor().page("news/protect-your-battery-in-winter").text()));
    }

    @Test
    void theOldestArticleShowsOnlyItsNextOne() {
        Document page = visitor().page("news/five-things-before-upgrading-car-audio");
        assertNull(page.selectFirst(".neighbours .previous"), "no 'previous: none'");
        assertTrue(page.selectFirst(".neighbours .next").text().startsWith("下一篇: "));
    }

    @Test
    void crawlersSeeTheCountButDoNotAddToIt() {
        String path = "products/a4-class-d-amplifier";
        long before = number(
                PRODUCT_VIEWS, visitor().page(path).selectFirst(".meta .views").text());
        for (String crawler : new String[] {"Mozilla/5.0 (compatible; Baiduspider/2.0)", "curl/8.5.0", ""}) {
            Document page = new Browserless(base, crawler).page(path);
            assertEquals(
                    before,
                    number(PRODUCT_VIEWS, page.selectFirst(".meta .views").text()),
                    crawler);
        }
    }

    @Test
    void concurrentVisitorsAreAllCounted() throws Exception {
        String path = "products/dsp-8-processor";
        long before = number(
                PRODUCT_VIEWS, visitor().page(path).selectFirst(".meta .views").text());
        int clients = 16;
        int viewsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < clients * viewsEach; i++) {
                Browserless visitor = visitor();
                answers.add(pool.submit(() -> visitor.get(path).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long after = number(
                PRODUCT_VIEWS, visitor().page(path).selectFirst(".meta .views").text());
        assertEquals(before + clients * viewsEach + 1, after);
    }

    @Test
    void theEnglishSiteIsUnderEnOwnAddressesEnglishNamesAndTexts() {
        Document home = visitor().page("en/");
        assertEquals("en", home.selectFirst("html").attr("lang"));
        assertEquals(
                "Shengyue Car Audio, Guangzhou",
                home.selectFirst(".brand .company").text());
        assertTrue(
                home.select(".main-nav a")
                        .eachText()
                        .containsAll(
                                List.of("Home", "Products", "Car Audio", "News", "Know-how", "About us", "Contact")),
                home.select(".main-nav a").eachText().toString());
        assertTrue(
                home.select(".main-nav a").eachAttr("href").stream().allMatch(href -> href.contains("/en/")),
                "links stay in English");
        assertTrue(home.select(".featured .card a").eachAttr("href").stream()
                .allMatch(href -> href.matches(".*/en/products/[a-z0-9-]+")));
        assertTrue(home.select(".featured .card .name").eachText().contains("ST-26 Silk Dome Tweeters (pair)"));
        assertTrue(home.select(".contact-box").text().contains("Auto Parts City"), "the English address");

        Document category = visitor().page("en/products?category=car-audio");
        assertEquals(
                "Car Audio",
                category.selectFirst("main h1").text(),
                "a translated category in English menus and lists");

        Document article = visitor().page("en/news/protect-your-battery-in-winter");
        assertEquals(
                "Looking after your car battery in winter",
                article.selectFirst("main h1").text());
        assertTrue(article.selectFirst(".meta .views").text().matches("Views: \\d+"));
        assertTrue(article.selectFirst(".neighbours p").text().matches("(Previous|Next): .+"));
        assertTrue(
                article.select(".neighbours a").eachAttr("href").stream().allMatch(href -> href.contains("/en/news/")));
    }

    @Test
    void aTranslationSharesTheItemsViewCount() {
        Browserless visitor = visitor();
        long chinese = number(
                ARTICLE_VIEWS,
                visitor.page("news/dsp-tuning-service-launched")
                        .selectFirst(".meta .views")
                        .text());
        Document english = visitor().page("en/news/dsp-tuning-service-launched");
        long englishViews =
                Long.parseLong(english.selectFirst(".meta .views").text().replaceAll("\\D", ""));
        assertEquals(chinese + 1, englishViews, "one article, one count: the English visit adds to it");
    }

    @Test
    void theSwitchLeadsToTheTranslationAndBackWithReciprocalHreflang() {
        Document chinese = visitor().page("products/st-26-silk-dome-tweeter");
        String toEnglish = chinese.selectFirst(".lang-switch a[hreflang=en]").attr("href");
        assertTrue(toEnglish.endsWith("/en/products/st-26-silk-dome-tweeter"), toEnglish);
        Document english =
                visitor().page(toEnglish.replaceFirst("^" + visitor().uri("").getPath(), ""));
        assertEquals(
                "ST-26 Silk Dome Tweeters (pair)",
                english.selectFirst("main h1").text());
        String back = english.selectFirst(".lang-switch a[hreflang=zh-CN]").attr("href");
        assertTrue(back.endsWith("/products/st-26-silk-dome-tweeter") && !back.contains("/en/"), back);

        Map<String, String> fromChinese = alternates(chinese);
        Map<String, String> fromEnglish = alternates(english);
        assertEquals(fromChinese, fromEnglish, "each names the other, and itself");
        assertEquals(chinese.selectFirst("link[rel=canonical]").attr("href"), fromChinese.get("zh-CN"));
        assertEquals(english.selectFirst("link[rel=canonical]").attr("href"), fromChinese.get("en"));
        assertEquals(fromChinese.get("zh-CN"), fromChinese.get("x-default"));

        Document list = visitor().page("news?category=industry-news&page=1");
        String listToEnglish = list.selectFirst(".lang-switch a[hreflang=en]").attr("href");
        assertTrue(
                listToEnglish.endsWith("/en/news?category=industry-news"),
                "the first page in its one form: " + listToEnglish);
        assertTrue(alternates(list).get("en").endsWith("/en/news?category=industry-news"));
    }

    private static Map<String, String> alternates(Document page) {
        Map<String, String> alternates = new TreeMap<>();
        for (Element link : page.select("head link[rel=alternate][hreflang]")) {
            alternates.put(link.attr("hreflang"), link.attr("href"));
        }
        return alternates;
    }

    @Test
    void anItemWithoutAnEnglishVersionIsShownInChineseMarkedAndPointsSearchEnginesAtTheOriginal() {
        Document chinese = visitor().page("products/a4-class-d-amplifier");
        assertTrue(alternates(chinese).isEmpty(), "one language only: no hreflang");
        String toEnglish = chinese.selectFirst(".lang-switch a[hreflang=en]").attr("href");
        assertTrue(toEnglish.endsWith("/en/products/a4-class-d-amplifier"), toEnglish);
        Document english = visitor().page("en/products/a4-class-d-amplifier");
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertFalse(english.select(".language-note").isEmpty(), "told it is not translated");
        assertEquals("zh-CN", english.selectFirst("main h1").closest("[lang]").attr("lang"));
        assertEquals(
                chinese.selectFirst("link[rel=canonical]").attr("href"),
                english.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(alternates(english).isEmpty());
        assertEquals(404, visitor().get("en/products/no-such-product").statusCode());
    }

    @Test
    void acceptLanguageNeverChangesWhatAnAddressShowsAndSuggestsEnglishOnceOnTheHomePage() {
        Browserless visitor = visitor();
        Document news = visitor.page("news", "Accept-Language", ENGLISH, "Cookie", "vitrine_lang=en");
        assertEquals("zh-CN", news.selectFirst("html").attr("lang"));
        assertEquals("新闻动态", news.selectFirst("main h1").text());
        assertTrue(news.select(".language-note").isEmpty(), "no suggestion but on the home page");

        HttpResponse<String> home = visitor.get("", "Accept-Language", ENGLISH);
        Document suggested = Jsoup.parse(home.body());
        assertEquals("zh-CN", suggested.selectFirst("html").attr("lang"));
        assertTrue(suggested.selectFirst(".language-note a").attr("href").endsWith("/en/"));
        String cookie = home.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("vitrine_suggested="), cookie);
        Document again =
                visitor.page("", "Accept-Language", ENGLISH, "Cookie", cookie.substring(0, cookie.indexOf(';')));
        assertTrue(again.select(".language-note").isEmpty(), "once");
        assertTrue(visitor.page("", "Accept-Language", "zh-CN,zh;q=0.9")
                .select(".language-note")
                .isEmpty());
        assertTrue(visitor.page("").select(".language-note").isEmpty(), "crawlers send none");
    }

    @Test
    void theBackOfficeLanguageSwitchRemembersTheChoiceOnlyForStaffPages() {
        Browserless visitor = visitor();
        HttpResponse<String> switched = visitor.get("lang?to=en&back=%2Flogin");
        assertEquals(303, switched.statusCode());
        assertTrue(switched.headers().firstValue("Location").orElseThrow().endsWith("/login"));
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("vitrine_lang=en"), cookie);
        assertEquals(
                "en",
                visitor.page("login", "Cookie", "vitrine_lang=en")
                        .selectFirst("html")
                        .attr("lang"));
        assertEquals(400, visitor.get("lang?to=klingon").statusCode());
        String offSite = visitor.get("lang?to=zh&back=//evil.example")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        assertEquals(
                visitor.uri("").getPath(), offSite.replaceFirst("^https?://[^/]+", ""), "back home, not off the site");
    }

    @Test
    void theEnglishFeedsAndSearchHoldOnlyEnglishVersions() throws Exception {
        SyndFeed feed = new SyndFeedInput()
                .build(new StringReader(visitor().get("en/rss.xml").body()));
        assertEquals("en", feed.getLanguage());
        List<String> links = feed.getEntries().stream().map(SyndEntry::getLink).toList();
        assertTrue(links.stream().allMatch(link -> link.matches("https?://.+/en/news/[a-z0-9-]+")), links.toString());
        assertTrue(links.stream().anyMatch(link -> link.endsWith("/en/news/protect-your-battery-in-winter")));
        assertTrue(
                links.stream().noneMatch(link -> link.endsWith("/choosing-a-subwoofer-for-a-compact-car")),
                "untranslated");
        SyndFeed atom = new SyndFeedInput()
                .build(new StringReader(
                        visitor().get("en/atom.xml?category=industry-news").body()));
        assertEquals("atom_1.0", atom.getFeedType());
        assertTrue(atom.getTitle().endsWith("Know-how"), atom.getTitle());

        Document found = visitor().page("en/search?q=subwoofers");
        List<String> hits = found.select(".results a").eachAttr("href");
        assertTrue(
                hits.stream().anyMatch(href -> href.endsWith("/en/products/sw-10-underseat-subwoofer")),
                hits.toString());
        assertTrue(hits.stream().allMatch(href -> href.contains("/en/")), hits.toString());
        assertTrue(
                visitor().page("en/search?q=功放").select(".results a").isEmpty(),
                "Chinese texts are the Chinese site's");
    }

    @Test
    void aThirdLanguageHasItsOwnAddressesSwitchAlternatesFeedsAndSearch() throws Exception {
        Document product = visitor().page("ru/products/st-26-silk-dome-tweeter");
        assertEquals("ru", product.selectFirst("html").attr("lang"));
        assertEquals(
                "Шёлковые купольные твитеры ST-26 (пара)",
                product.selectFirst("h1").text());
        assertTrue(product.text().contains("Сопротивление"), "its own specification table");
        assertFalse(product.text().contains("阻抗"), "not the Chinese one");
        assertTrue(product.select(".breadcrumbs, nav").text().contains("Динамики"), "the category's Russian name");
        assertEquals(
                "Характеристики",
                product.selectFirst("h2:contains(Характеристики)").text(),
                "the page's own words");
        List<String> switchTo = product.select(".lang-switch a").eachAttr("href");
        assertEquals(2, switchTo.size(), switchTo.toString());
        assertTrue(switchTo.get(0).endsWith("/products/st-26-silk-dome-tweeter")
                && !switchTo.get(0).contains("/en/"));
        assertTrue(switchTo.get(1).endsWith("/en/products/st-26-silk-dome-tweeter"), switchTo.toString());
        assertEquals(
                "Русский", product.selectFirst(".lang-switch .current .full").text());
        assertEquals(
                List.of("zh-CN", "en", "ru", "x-default"),
                product.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));

        Document english = visitor().page("en/products/st-26-silk-dome-tweeter");
        assertTrue(english.text().contains("Impedance"), "English pages show the English specification table");
        assertTrue(
                english.select(".lang-switch a").eachAttr("href").stream()
                        .anyMatch(href -> href.endsWith("/ru/products/st-26-silk-dome-tweeter")),
                "the switch offers all three");

        Document untranslated = visitor().page("ru/products/a4-class-d-amplifier");
        assertTrue(
                untranslated.selectFirst(".language-note").text().contains("на русский"), "shown in Chinese, told so");

        Document home = visitor().page("ru/");
        assertEquals(
                "Шэнъюэ Автозвук, Гуанчжоу", home.selectFirst(".brand .company").text());
        assertTrue(home.text().contains("Зимняя шумоизоляция"), "the banner's Russian title");
        assertTrue(home.select(".main-nav").text().contains("Автозвук"), "categories in Russian in the menu");

        SyndFeed feed = new SyndFeedInput()
                .build(new StringReader(visitor().get("ru/rss.xml").body()));
        assertEquals("ru", feed.getLanguage());
        assertTrue(feed.getLink().endsWith("/ru/news"), feed.getLink());
        assertEquals(
                List.of(), feed.getEntries(), "no article is in Russian yet: the feed holds only Russian versions");

        List<String> hits =
                visitor().page("ru/search?q=динамика").select(".results a").eachAttr("href");
        assertTrue(
                hits.stream().anyMatch(href -> href.endsWith("/ru/products/cs-65-component-set")),
                "another form of a word in its text finds it: " + hits);
        assertTrue(visitor().page("search?q=динамика").select(".results a").isEmpty(), "the Chinese site's own");
        assertEquals(404, visitor().get("de/products").statusCode(), "a language the site doesn't have");
    }

    @Test
    void theSitemapListsEachLanguageWithItsAlternatesAndFollowsTheProtocolsSchema() throws Exception {
        String sitemap = visitor().get("sitemap.xml").body();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(PublicPagesIT.class.getResource("/schemas/sitemap.xsd"))
                .newValidator()
                .validate(new StreamSource(new StringReader(sitemap)));
        Document xml = Jsoup.parse(sitemap, Parser.xmlParser());
        Element english = xml.select("url").stream()
                .filter(url -> url.selectFirst("loc").text().endsWith("/en/products/st-26-silk-dome-tweeter"))
                .findFirst()
                .orElseThrow();
        List<String> hreflangs = english.select("xhtml|link").eachAttr("hreflang");
        assertEquals(List.of("zh-CN", "en", "ru", "x-default"), hreflangs, "the demo tweeter is in three languages");
        Element englishOnly = xml.select("url").stream()
                .filter(url -> url.selectFirst("loc").text().endsWith("/en/products/sw-10-underseat-subwoofer"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("zh-CN", "en", "x-default"),
                englishOnly.select("xhtml|link").eachAttr("hreflang"));
        List<String> addresses = xml.select("url > loc").eachText();
        assertTrue(
                addresses.stream().noneMatch(address -> address.endsWith("/en/products/a4-class-d-amplifier")),
                "untranslated: only in Chinese");
        assertTrue(addresses.stream().anyMatch(address -> address.endsWith("/en/products?category=car-audio")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "products",
                "products?category=car-audio",
                "products/st-26-silk-dome-tweeter",
                "news",
                "news/protect-your-battery-in-winter",
                "contact",
                "no-such-page"
            })
    void visitorsGetNoSession(String path) {
        HttpResponse<String> response = visitor().get(path);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), () -> path + " set " + response.headers());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "products/no-such-product",
                "news/no-such-article",
                "no-such-page",
                "products/UPPER",
                "products?category=no-such-category",
                "news?category=no-such-category",
                "products/a/b"
            })
    void unknownAddressesGetAFriendly404(String path) {
        Browserless visitor = visitor();
        HttpResponse<String> chinese = visitor.get(path);
        assertEquals(404, chinese.statusCode());
        assertTrue(chinese.body().contains("页面不存在"), chinese.body());
        assertTrue(chinese.body().contains("联系方式"), "the 404 page keeps the site's layout");
        HttpResponse<String> english = visitor.get("en/" + path);
        assertEquals(404, english.statusCode());
        assertTrue(english.body().contains("Page not found"), english.body());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "products?page=abc",
                "products?page=0",
                "products?page=-1",
                "products?page=999",
                "news?page=9999", // past the last page (other tests add articles: not page 2)
                "news?page=1.5",
                "products?category=..%2Fx"
            })
    void badPageNumbersGetA400NeverATrace(String path) {
        HttpResponse<String> response = visitor().get(path);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("网址有误"), response.body());
        assertNoInternals(response.body());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "WEB-INF/web.xml",
                "WEB-INF/views/index.xhtml",
                "META-INF/MANIFEST.MF",
                "index.xhtml",
                "static/../WEB-INF/web.xml",
                "static/%2e%2e/WEB-INF/web.xml",
                "media/../WEB-INF/web.xml",
                "media/..%2fdb/vitrine.mv.db",
                "jakarta.faces.resource/..%2fWEB-INF%2fweb.xml.xhtml",
                "WEB-INF/classes/META-INF/persistence.xml"
            })
    void serverFilesAndClimbingOutAre404(String path) {
        HttpResponse<String> response = visitor().get(path);
        assertEquals(404, response.statusCode(), path);
        assertFalse(response.body().contains("<web-app") || response.body().contains("persistence-unit"));
        assertNoInternals(response.body());
    }

    private static void assertNoInternals(String body) {
        for (String leak : new String[] {"Exception", "at dev.vitrine", "Payara", "GlassFish", "Mojarra"}) {
            assertFalse(body.contains(leak), () -> leak + " leaked: " + body);
        }
    }

    /** The site's own address may have a context path (the tests' has): every picture must still load. */
    @Test
    void everyPictureOnTheDemoPagesLoads() {
        Browserless visitor = visitor();
        for (String path : List.of(
                "", "products", "products/a4-class-d-amplifier", "news", "news/protect-your-battery-in-winter")) {
            Elements pictures = visitor.page(path).select("img[src]");
            assertFalse(pictures.isEmpty(), path);
            for (Element picture : pictures) {
                String src = picture.attr("src");
                HttpResponse<String> answer = visitor.get(src.replaceFirst("^" + base.getPath(), ""));
                assertEquals(200, answer.statusCode(), path + ": " + src);
                assertTrue(
                        answer.headers().firstValue("Content-Type").orElse("").startsWith("image/"), src);
            }
        }
    }

    @Test
    void aPictureIsOfferedInTheWidthsAScreenNeedsSoAPhoneNeverGetsTheOriginal() throws Exception {
        Document page = visitor().page("products/a4-class-d-amplifier");
        Element main = page.selectFirst(".gallery .main-image");
        String srcset = main.attr("srcset");
        assertTrue(
                srcset.contains("/media/demo/a4-class-d-amplifier.png?w=480 480w")
                        && srcset.contains("?w=960 960w")
                        && srcset.contains("?w=1600 1600w"),
                srcset);
        assertTrue(main.attr("sizes").contains("100vw"), main.attr("sizes"));
        assertEquals(List.of("480", "480"), List.of(main.attr("width"), main.attr("height")));
        assertTrue(
                page.select(".gallery .thumb").stream()
                        .allMatch(thumb -> thumb.attr("loading").equals("lazy")),
                "thumbnails below load when scrolled to");
        assertTrue(page.selectFirst("article.product").select("img").stream()
                .allMatch(img ->
                        !img.attr("width").isEmpty() && !img.attr("height").isEmpty()));

        assertEquals(480, pictureWidth("media/demo/a4-class-d-amplifier.png?w=480"), "made smaller for a phone");
        assertEquals(600, pictureWidth("media/demo/a4-class-d-amplifier.png?w=960"), "never made larger");
        assertEquals(600, pictureWidth("media/demo/a4-class-d-amplifier.png?w=123"), "other widths: as stored");
    }

    private int pictureWidth(String path) throws Exception {
        HttpResponse<byte[]> answer = Http11.client()
                .send(HttpRequest.newBuilder(visitor().uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode(), path);
        assertEquals("image/png", answer.headers().firstValue("Content-Type").orElse(""), path);
        return ImageIO.read(new ByteArrayInputStream(answer.body())).getWidth();
    }

    @Test
    void imagesAreServedAsImagesNeverSniffed() {
        HttpResponse<String> image = visitor().get("media/demo/st-26-silk-dome-tweeter.png");
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> thumbnail = visitor().get("media/thumbs/demo/st-26-silk-dome-tweeter.jpg");
        assertEquals(
                "image/jpeg", thumbnail.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "nosniff", image.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(404, visitor().get("media/demo/missing.png").statusCode());
        assertEquals(
                404,
                visitor().get("media/demo/st-26-silk-dome-tweeter.png.html").statusCode());
    }

    @Test
    void theSameUrlAlwaysGivesTheSamePage() {
        Browserless visitor = visitor();
        String first = visitor.page("products?category=car-audio&page=1")
                .select("main")
                .text();
        String second = visitor.page("products?category=car-audio&page=1")
                .select("main")
                .text();
        assertEquals(first, second);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "products",
                "products/st-26-silk-dome-tweeter",
                "news",
                "news/protect-your-battery-in-winter",
                "pages/about-us",
                "contact",
                "no-such-page"
            })
    void publicPagesAreLean(String path) {
        HttpResponse<String> response = visitor().get(path);
        Document page = Jsoup.parse(response.body());
        for (String heavy : new String[] {"primefaces", "jakarta.faces.resource", "primeicons", "locale-"}) {
            assertFalse(response.body().contains(heavy), () -> path + " links " + heavy + ": " + response.body());
        }
        assertEquals(1, page.select("link[rel=stylesheet]").size(), "one stylesheet");
        assertTrue(page.select("script:not([type=application/ld+json])").isEmpty(), "no script but schema.org data");
        assertFalse(page.selectFirst("meta[name=description]").attr("content").isBlank(), "a description");
        assertFalse(response.headers().firstValue("Server").isPresent(), "no server name");
    }

    @Test
    void anItemsDescriptionIsItsSummaryAndTheSitesElsewhere() {
        assertEquals(
                "低温让电瓶容量下降三成，几个小习惯帮您避免早上打不着火。",
                visitor()
                        .page("news/protect-your-battery-in-winter")
                        .selectFirst("meta[name=description]")
                        .attr("content"));
        assertTrue(visitor()
                .page("contact")
                .selectFirst("meta[name=description]")
                .attr("content")
                .contains("汽车音响改装"));
    }

    @Test
    void stylesheetsAndIconsAreFingerprintedAndCachedForAYear() {
        Document home = visitor().page("");
        String stylesheet = home.selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(stylesheet.matches(".*/theme\\.css\\?v=[0-9a-f]{10}-[0-9a-f]+"), stylesheet);
        HttpResponse<String> css = visitor().get(stylesheet.substring(stylesheet.indexOf("theme.css")));
        assertEquals(
                "public, max-age=31536000, immutable",
                css.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(
                css.body().contains(".site-header") && css.body().contains("--brand: #1f3b63"),
                "site.css and the site's own colours, in one stylesheet");
        assertEquals(
                "no-cache",
                visitor()
                        .get("theme.css?v=old")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElse(""),
                "an outdated version is not kept");
        for (String href : List.of(
                home.selectFirst("link[rel=icon]").attr("href"),
                home.selectFirst(".brand img").attr("src"))) {
            assertTrue(href.matches(".*/static/[a-z]+\\.[0-9a-f]{10}\\.[a-z]+"), href);
            HttpResponse<String> asset = visitor().get(href.substring(href.indexOf("static/")));
            assertEquals(200, asset.statusCode(), href);
            assertEquals(
                    "public, max-age=31536000, immutable",
                    asset.headers().firstValue("Cache-Control").orElse(""),
                    href);
        }
        HttpResponse<String> plain = visitor().get("static/site.css");
        assertEquals("no-cache", plain.headers().firstValue("Cache-Control").orElse(""), "an unversioned name");
        String etag = plain.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                304, visitor().get("static/site.css", "If-None-Match", etag).statusCode());
        assertEquals(
                "image/png",
                visitor()
                        .get("favicon.ico")
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""));
        assertEquals(404, visitor().get("static/site.0000000000.css").statusCode());
    }

    @Test
    void headTellsTheLengthOfWhatGetSends() {
        String path = "news/dsp-tuning-service-launched";
        Browserless crawler = new Browserless(base, "Mozilla/5.0 (compatible; Googlebot/2.1)");
        HttpResponse<String> get = crawler.get(path);
        HttpResponse<Void> head = crawler.head(path);
        assertEquals(200, head.statusCode());
        assertEquals(
                String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElse("none"));
    }
}
