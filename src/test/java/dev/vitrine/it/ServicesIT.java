package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.catalog.service.ProductEditService;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemTranslation;
import dev.vitrine.content.entity.SpecRow;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.content.service.Localized;
import dev.vitrine.content.service.RevisionService;
import dev.vitrine.content.service.TranslationEditService;
import dev.vitrine.media.service.UnsavedUploads;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import dev.vitrine.news.service.NewsService;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.testing.EveryServer;
import dev.vitrine.testing.RunAsAdmin;
import dev.vitrine.testing.RunAsEditor;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.RepeatWindow;
import dev.vitrine.views.service.ViewCountService;
import dev.vitrine.views.service.ViewCounter;
import dev.vitrine.views.service.Visit;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public services and their persistence, inside Payara Micro with the real WAR. Each test makes its own
 * categories and items with unique slugs, through the back office's services as an editor would, so it
 * depends on no other test and on no demo content.
 */
@EveryServer
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    @Inject
    RunAsEditor asEditor;

    @Inject
    ProductEditService productEdits;

    @Inject
    TranslationEditService translationEdits;

    @Inject
    ArticleEditService articleEdits;

    @Inject
    CategoryService categories;

    @Inject
    CatalogService catalog;

    @Inject
    NewsService news;

    @Inject
    ViewCountService viewCounts;

    @Inject
    RevisionService revisions;

    @Inject
    UnsavedUploads uploads;

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    ViewCounter viewCounter;

    @Inject
    ShopClock clock;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void anItemDeletedForGoodTakesItsCountsHistoryAndTranslationAlongAndFreesItsPicture() throws Exception {
        Article article = new Article(category(ItemKind.ARTICLE), "", unique("Purged"));
        String picture = "2026/12/" + unique("purged") + ".jpg";
        article.setCoverPath(picture);
        article.publish(clock.now().minusMinutes(1));
        long id = asEditor.call(() -> articleEdits.save(article)).getId();
        viewCounts.addViews(ViewedItem.article(id), 7);
        asEditor.call(() -> {
            ItemTranslation english = translationEdits.in(Language.ENGLISH, ItemKind.ARTICLE, id);
            english.setTitle("Purged in English");
            english.replaceSpecs(List.of(new SpecRow("Size", "A4"))); // rows that point at the translation
            return translationEdits.save(english);
        });
        assertEquals(7, viewCounts.getViews(ViewedItem.article(id)));
        assertEquals(
                1, asEditor.call(() -> revisions.list(ItemKind.ARTICLE, id)).size());
        assertEquals(
                Map.of(id, List.of(Language.ENGLISH)),
                asEditor.call(() -> translationEdits.languages(ItemKind.ARTICLE, List.of(id))));
        assertTrue(uploads.isPublic(picture), "shown by the article");
        Article other =
                article(category(ItemKind.ARTICLE), "Still here", clock.now().minusMinutes(1));
        viewCounter.view(ViewedItem.article(id), visitor(9001)); // waits to be written while the article goes
        viewCounter.view(ViewedItem.article(other.getId()), visitor(9001));

        asAdmin.call(() -> {
            articleEdits.moveToBin(id);
            articleEdits.deleteForever(id);
            return null;
        });
        viewCounter.flush();
        assertEquals(0, viewCounts.getViews(ViewedItem.article(id)), "its count, and no view written after it went");
        assertEquals(
                1,
                viewCounts.getViews(ViewedItem.article(other.getId())),
                "the same write went on for the item that is still there");
        assertEquals(List.of(), asEditor.call(() -> revisions.list(ItemKind.ARTICLE, id)), "its history");
        assertEquals(Map.of(), asEditor.call(() -> translationEdits.languages(ItemKind.ARTICLE, List.of(id))));
        assertFalse(uploads.isPublic(picture), "an unsaved upload again, swept in a day unless saved again");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Category category(ItemKind kind) throws Exception {
        return asEditor.call(() -> categories.save(new Category(kind, "测试分类", unique("it"), 0)));
    }

    private Product product(Category category, int number, boolean published) throws Exception {
        return saved(new Product(category, unique("p" + number), "产品 " + number), published);
    }

    private Product saved(Product product, boolean published) throws Exception {
        if (published) {
            product.publish(clock.now().minusMinutes(1));
        }
        return asEditor.call(() -> productEdits.save(product));
    }

    private Article article(Category category, String title, LocalDateTime publishAt) throws Exception {
        Article article = new Article(category, unique("a"), title);
        if (publishAt != null) {
            article.publish(publishAt);
        }
        return asEditor.call(() -> articleEdits.save(article));
    }

    @Test
    void englishListsShowTranslationsAndUntranslatedItemsOnlyWhenTheSiteSaysSo() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        Product translated = product(category, 1, true);
        Product untranslated = product(category, 2, true);
        String englishSlug = unique("english");
        asEditor.call(() -> {
            ItemTranslation english = translationEdits.in(Language.ENGLISH, ItemKind.PRODUCT, translated.getId());
            english.setTitle("Product one");
            english.setSlug(englishSlug);
            english.setSummary("In English");
            return translationEdits.save(english);
        });
        InLanguage withUntranslated = new InLanguage(Language.ENGLISH, true);
        InLanguage translatedOnly = new InLanguage(Language.ENGLISH, false);

        assertEquals(
                List.of("产品 2", "Product one"),
                catalog.listVisibleProducts(withUntranslated, category, 1, 10).getItems().stream()
                        .map(ItemCard::getTitle)
                        .toList());
        PageResult<ItemCard> onlyTranslated = catalog.listVisibleProducts(translatedOnly, category, 1, 10);
        assertEquals(
                List.of(englishSlug),
                onlyTranslated.getItems().stream().map(ItemCard::getSlug).toList());
        assertEquals(1, onlyTranslated.getTotal(), "counted as listed");
        assertEquals(
                List.of(untranslated.getSlug(), translated.getSlug()),
                catalog.listVisibleProducts(InLanguage.CHINESE, category, 1, 10).getItems().stream()
                        .map(ItemCard::getSlug)
                        .toList(),
                "the Chinese list is untouched");

        Localized<Product> page =
                catalog.findProductPage(translatedOnly, englishSlug).orElseThrow();
        assertEquals("Product one", page.item().getTitle());
        assertEquals(translated.getSlug(), page.slugs().get(Language.CHINESE));
        assertEquals(
                "产品 1",
                asEditor.call(() -> productEdits.get(translated.getId()).getTitle()),
                "the item itself keeps its texts");
        assertTrue(
                catalog.findProductPage(translatedOnly, untranslated.getSlug()).isEmpty());
        assertTrue(catalog.findProductPage(withUntranslated, untranslated.getSlug())
                .orElseThrow()
                .isUntranslated());
        assertEquals(
                englishSlug,
                catalog.findProductPage(InLanguage.CHINESE, translated.getSlug())
                        .orElseThrow()
                        .slugs()
                        .get(Language.ENGLISH));

        Product other = product(category, 3, true);
        assertThrows(
                DuplicateSlugException.class,
                () -> asEditor.call(() -> {
                    ItemTranslation clash = translationEdits.in(Language.ENGLISH, ItemKind.PRODUCT, other.getId());
                    clash.setTitle("Clash");
                    clash.setSlug(untranslated.getSlug());
                    return translationEdits.save(clash);
                }),
                "an English address another item answers at");
    }

    @Test
    void productsListInTheShopsOrderWithoutDraftsOrScheduledOnes() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        Product first = product(category, 1, true);
        product(category, 2, true);
        product(category, 3, true);
        Product draft = product(category, 0, false);
        Product scheduled = new Product(category, unique("later"), "later");
        scheduled.publish(clock.now().plusDays(1));
        asEditor.call(() -> productEdits.save(scheduled));
        // Each new product came first: later, 产品 0, 3, 2, 1.
        asEditor.call(() -> {
            productEdits.move(first.getId(), true);
            return null;
        });

        assertFalse(asEditor.call(() -> productEdits.move(scheduled.getId(), true)), "the newest can't go higher");

        PageResult<ItemCard> page = catalog.listVisibleProducts(InLanguage.CHINESE, category, 1, 10);

        assertEquals(
                List.of("产品 3", "产品 1", "产品 2"),
                page.getItems().stream().map(ItemCard::getTitle).toList());
        assertEquals(1, page.getPageCount());
        assertTrue(catalog.findVisibleProduct(draft.getSlug()).isEmpty());
        assertTrue(catalog.findVisibleProduct(scheduled.getSlug()).isEmpty());
    }

    @Test
    void productListsArePaged() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        for (int i = 1; i <= 7; i++) {
            product(category, i, true);
        }
        assertEquals(
                3,
                catalog.listVisibleProducts(InLanguage.CHINESE, category, 1, 3).getPageCount());
        assertEquals(
                List.of("产品 1"),
                catalog.listVisibleProducts(InLanguage.CHINESE, category, 3, 3).getItems().stream()
                        .map(ItemCard::getTitle)
                        .toList());
        assertTrue(catalog.listVisibleProducts(InLanguage.CHINESE, category, 4, 3)
                .getItems()
                .isEmpty());
    }

    @Test
    void aProductPageHasItsImagesSpecsAndChineseTextIntact() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        Product product = new Product(category, unique("full"), "惠声 6.5 寸套装喇叭 🚗 «Ω»");
        product.setBody("<p>低音<strong>扎实</strong></p><script>alert(1)</script>");
        product.addImage("demo/a.png", "主图");
        product.addImage("demo/b.png", "细节");
        product.addSpec("阻抗", "4 Ω");
        product.addSpec("功率", "80 W");
        saved(product, true);

        Product shown = catalog.findVisibleProduct(product.getSlug()).orElseThrow();

        assertEquals("惠声 6.5 寸套装喇叭 🚗 «Ω»", shown.getTitle());
        assertEquals("demo/a.png", shown.getCoverPath());
        assertEquals(
                List.of("demo/a.png", "demo/b.png"),
                shown.getImages().stream().map(i -> i.getPath()).toList());
        assertEquals(List.of(new SpecRow("阻抗", "4 Ω"), new SpecRow("功率", "80 W")), shown.getSpecs());
        assertEquals("<p>低音<strong>扎实</strong></p>", shown.getBody());
        assertEquals(category.getName(), shown.getCategory().getName());
    }

    @Test
    void onlyPublishedArticlesWhoseTimeHasComeAreVisibleNewestFirst() throws Exception {
        Category category = category(ItemKind.ARTICLE);
        LocalDateTime now = clock.now();
        Article older = article(category, "older", now.minusDays(2));
        Article newer = article(category, "newer", now.minusDays(1));
        Article scheduled = article(category, "scheduled", now.plusDays(1));
        Article draft = article(category, "draft", null);

        List<String> titles = news.listVisibleArticles(InLanguage.CHINESE, category, 1, 10).getItems().stream()
                .map(ItemCard::getTitle)
                .toList();

        assertEquals(List.of("newer", "older"), titles);
        assertTrue(news.findVisibleArticle(scheduled.getSlug()).isEmpty());
        assertTrue(news.findVisibleArticle(draft.getSlug()).isEmpty());
        assertEquals(
                "older", news.findVisibleArticle(older.getSlug()).orElseThrow().getTitle());
        assertEquals(newer.getSlug(), news.findNext(older).orElseThrow().getSlug());
        assertEquals(older.getSlug(), news.findPrevious(newer).orElseThrow().getSlug());
        assertTrue(news.findPrevious(older).isEmpty());
        assertTrue(news.findNext(newer).isEmpty(), "the scheduled article is nobody's neighbour yet");
    }

    @Test
    void neighboursPublishedInTheSameSecondFollowCreationOrder() throws Exception {
        Category category = category(ItemKind.ARTICLE);
        LocalDateTime when = clock.now().minusHours(1);
        Article first = article(category, "first", when);
        Article second = article(category, "second", when);
        assertEquals(second.getSlug(), news.findNext(first).orElseThrow().getSlug());
        assertEquals(first.getSlug(), news.findPrevious(second).orElseThrow().getSlug());
    }

    @Test
    void articleBodiesAreSanitizedWhenSaved() throws Exception {
        Category category = category(ItemKind.ARTICLE);
        Article article = new Article(category, unique("xss"), "xss");
        article.setBody(
                "<p onclick=\"steal()\">Hi <a href=\"javascript:steal()\">there</a></p><iframe src=x></iframe>");
        article.publish(clock.now().minusMinutes(1));
        asEditor.call(() -> articleEdits.save(article));

        String body = news.findVisibleArticle(article.getSlug()).orElseThrow().getBody();

        assertFalse(body.contains("onclick") || body.contains("javascript:") || body.contains("iframe"), body);
        assertTrue(body.contains("Hi"), body);
    }

    private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0";

    private static Visit visitor(int n) {
        return new Visit("GET", "198.51." + (n / 250) + "." + (n % 250), BROWSER, false);
    }

    @Test
    void concurrentViewsAreAllCountedWrittenAndNeverTouchTheItemsVersion() throws Exception {
        Product product = product(category(ItemKind.PRODUCT), 1, true);
        long versionBefore =
                catalog.findVisibleProduct(product.getSlug()).orElseThrow().getVersion();
        ViewedItem item = ViewedItem.product(product.getId());
        int clients = 32;
        int viewsEach = 50;

        List<Callable<List<Long>>> tasks = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            tasks.add(() -> {
                List<Long> shown = new ArrayList<>();
                for (int v = 0; v < viewsEach; v++) {
                    shown.add(viewCounter.view(item, visitor(client * viewsEach + v)));
                }
                return shown;
            });
        }
        TreeSet<Long> shownCounts = new TreeSet<>();
        for (Future<List<Long>> result : executor.invokeAll(tasks)) {
            shownCounts.addAll(result.get());
        }
        viewCounter.flush();

        long expected = (long) clients * viewsEach;
        assertEquals(expected, shownCounts.size(), "each view showed its own number: none was lost or doubled");
        assertEquals(expected, shownCounts.last());
        assertEquals(expected, viewCounts.getViews(item), "all of them reached the database");
        assertEquals(
                versionBefore,
                catalog.findVisibleProduct(product.getSlug()).orElseThrow().getVersion());
    }

    @Test
    void botsStaffRepeatsAndHeadRequestsShowTheCountWithoutAddingToIt() throws Exception {
        Product product = product(category(ItemKind.PRODUCT), 1, true);
        ViewedItem item = ViewedItem.product(product.getId());
        assertEquals(1, viewCounter.view(item, visitor(1)));
        assertEquals(1, viewCounter.view(item, visitor(1)), "a reload");
        assertEquals(1, viewCounter.view(item, new Visit("GET", "198.51.100.9", "curl/8.5.0", false)));
        assertEquals(1, viewCounter.view(item, new Visit("GET", "198.51.100.9", BROWSER, true)), "staff");
        assertEquals(1, viewCounter.view(item, new Visit("HEAD", "198.51.100.9", BROWSER, false)));
        assertEquals(2, viewCounter.view(item, visitor(2)));
        viewCounter.flush();
        assertEquals(2, viewCounts.getViews(item));
    }

    /** The attack of 20,000 requests from one address, each with another user agent, made small. */
    @Test
    void oneAddressAddsAFewViewsWhateverUserAgentItSends() throws Exception {
        Product product = product(category(ItemKind.PRODUCT), 1, true);
        ViewedItem item = ViewedItem.product(product.getId());
        long shown = 0;
        for (int agent = 0; agent < 2000; agent++) {
            shown = viewCounter.view(item, new Visit("GET", "203.0.113.7", BROWSER + " agent/" + agent, false));
        }
        assertEquals(RepeatWindow.PER_ADDRESS, shown);
        assertEquals(RepeatWindow.PER_ADDRESS + 1, viewCounter.view(item, visitor(3)), "another address counts");
        viewCounter.flush();
        assertEquals(RepeatWindow.PER_ADDRESS + 1, viewCounts.getViews(item));
    }

    /**
     * The attack of issue 20: a new user agent on every request from one address, past the 200,000 visits
     * that used to fill the window, after which nobody else was counted for 30 minutes.
     */
    @Test
    void twoHundredThousandUserAgentsFromOneAddressDontStopOthersBeingCounted() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        ViewedItem flooded = ViewedItem.product(product(category, 1, true).getId());
        ViewedItem other = ViewedItem.product(product(category, 2, true).getId());
        for (int agent = 0; agent <= 200_000; agent++) {
            viewCounter.view(flooded, new Visit("GET", "203.0.113.8", BROWSER + " flood/" + agent, false));
        }
        assertEquals(RepeatWindow.PER_ADDRESS + 1, viewCounter.view(flooded, visitor(4)), "a new visitor counts");
        assertEquals(1, viewCounter.view(other, visitor(5)), "on any item");
        viewCounter.flush();
        assertEquals(RepeatWindow.PER_ADDRESS + 1, viewCounts.getViews(flooded));
    }

    @Test
    void viewsAreAddedToAnItemAndAnItemThatDoesntExistGetsNone() throws Exception {
        ViewedItem item = ViewedItem.article(
                article(category(ItemKind.ARTICLE), "计数", clock.now().minusMinutes(1))
                        .getId());
        assertEquals(0, viewCounts.getViews(item));
        viewCounts.addViews(item, 3);
        assertEquals(3, viewCounts.getViews(item));
        ViewedItem nothing = ViewedItem.article(Long.MAX_VALUE - 7);
        assertThrows(Exception.class, () -> viewCounts.addViews(nothing, 3), "no count of nothing: refused");
        assertEquals(0, viewCounts.getViews(nothing));
    }
}
