package dev.vitrine.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.account.entity.AppUser;
import dev.vitrine.account.entity.Role;
import dev.vitrine.account.service.AccountService;
import dev.vitrine.account.service.Passwords;
import dev.vitrine.audit.entity.AuditEntry;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.catalog.service.ProductEditService;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemTranslation;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.content.service.ItemFilter;
import dev.vitrine.content.service.ScheduledAppearances;
import dev.vitrine.content.service.TranslationEditService;
import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.inquiry.service.InquiryInboxService;
import dev.vitrine.moving.service.MoveInReport;
import dev.vitrine.moving.service.MoveInService;
import dev.vitrine.moving.service.Pictures;
import dev.vitrine.moving.service.SourceSite;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import dev.vitrine.news.service.NewsService;
import dev.vitrine.search.service.SearchHit;
import dev.vitrine.search.service.SearchIndex;
import dev.vitrine.search.service.SearchTally.Count;
import dev.vitrine.search.service.SearchTerms;
import dev.vitrine.shared.BaseEntity;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.site.entity.Banner;
import dev.vitrine.site.entity.FriendlyLink;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.BannerTimes;
import dev.vitrine.site.service.HomeEntryService;
import dev.vitrine.site.service.SiteService;
import dev.vitrine.testing.MovableClock;
import dev.vitrine.testing.RunAsAdmin;
import dev.vitrine.testing.RunAsEditor;
import dev.vitrine.testing.TestImages;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewCounter;
import dev.vitrine.views.service.ViewStats;
import dev.vitrine.views.service.ViewStatsService;
import dev.vitrine.views.service.Visit;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The back-office services inside Payara Micro: roles, conflicts, ordering, sanitizing, the bin, scheduling,
 * the audit log, password hashing and sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class BackOfficeServicesIT {

    @Inject
    RunAsEditor asEditor;

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    MoveInService moving;

    @Inject
    SiteService site;

    @Inject
    InquiryInboxService inbox;

    @Inject
    AccountService accounts;

    @Inject
    ProductEditService productEdits;

    @Inject
    TranslationEditService translationEdits;

    @Inject
    SearchIndex search;

    @Inject
    ArticleEditService articleEdits;

    @Inject
    CategoryService categories;

    @Inject
    CatalogService catalog;

    @Inject
    NewsService news;

    @Inject
    MovableClock clock;

    @Inject
    SearchTerms searchTerms;

    @Inject
    ScheduledAppearances appearances;

    @Inject
    HomeEntryService homeEntries;

    @Inject
    BannerTimes bannerTimes;

    @Inject
    ViewStatsService stats;

    @Inject
    ViewCounter viewCounter;

    @Inject
    Passwords passwords;

    @Inject
    AuditService auditLog;

    @Resource
    ManagedExecutorService executor;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Category category(ItemKind kind) throws Exception {
        return asEditor.call(() -> categories.save(new Category(kind, "分类 " + unique("c"), "", 0)));
    }

    private Product newProduct(Category category, String name) {
        Product product = new Product(category, "", name);
        product.publish(clock.now().minusMinutes(1));
        return product;
    }

    @Test
    void theSearchFindsAnEditAtOnceInEitherLanguageAndAScheduledItemOnItsTimeButNeverDraftsOrTheBin() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        String word = madeUpWord();
        Product product = asEditor.call(() -> productEdits.save(newProduct(category, "静音低音炮 Slim Subwoofers " + word)));
        await().until(() -> found(word).contains(product.getSlug()));
        SearchHit hit = search.search(word + " subwoofer 低音炮", Language.CHINESE, 1, 10).hits().stream()
                .filter(h -> h.path().endsWith("/" + product.getSlug()))
                .findFirst()
                .orElseThrow();
        assertTrue(hit.titleHtml().contains("<mark>Subwoofers</mark>"), "stemmed: " + hit.titleHtml());
        // 低音炮 is found as written and marked as one; 静音 before it, not asked for, is not marked.
        assertTrue(hit.titleHtml().startsWith("静音<mark>低音炮</mark>"), hit.titleHtml());

        // Its English version is found in English at its English address, and only there.
        String englishWord = madeUpWord();
        asEditor.call(() -> {
            ItemTranslation english = translationEdits.in(Language.ENGLISH, ItemKind.PRODUCT, product.getId());
            english.setTitle("Slim under-seat subwoofer " + englishWord);
            english.setSlug("slim-" + englishWord);
            return translationEdits.save(english);
        });
        await().until(() -> found(englishWord, Language.ENGLISH).contains("slim-" + englishWord));
        assertEquals(
                "/en/products/slim-" + englishWord,
                search.search("subwoofers " + englishWord, Language.ENGLISH, 1, 10)
                        .hits()
                        .get(0)
                        .path());
        assertEquals(List.of(), found(englishWord), "not in the Chinese search");

        asEditor.call(() -> productEdits.setPublished(product.getId(), false));
        await().until(() -> !found(word).contains(product.getSlug()));
        asEditor.call(() -> productEdits.setPublished(product.getId(), true));
        await().until(() -> found(word).contains(product.getSlug()));
        asEditor.call(() -> {
            productEdits.moveToBin(product.getId());
            return null;
        });
        await().until(() -> !found(word).contains(product.getSlug()));
        assertEquals(List.of(), found(englishWord, Language.ENGLISH), "binned: gone in both languages");

        String laterWord = madeUpWord();
        Product scheduled = new Product(category, "", "Scheduled " + laterWord);
        scheduled.publish(clock.now().plusHours(3));
        asEditor.call(() -> productEdits.save(scheduled));
        assertEquals(List.of(), found(laterWord), "not before its time");
        clock.moveAhead(Duration.ofHours(3));
        appearances.catchUp(); // what the check every minute does
        await().until(() -> found(laterWord).size() == 1);

        String draftWord = madeUpWord();
        Product draft = new Product(category, "", "Draft " + draftWord);
        asEditor.call(() -> productEdits.save(draft));
        assertEquals(List.of(), found(draftWord));
    }

    @Test
    void aBannerSlideShowsFromItsStartToItsEndAndItsTimesAreNoticed() throws Exception {
        Banner banner = new Banner();
        banner.setPicturePath("demo/banner-winter.png");
        banner.setTitle("限时 " + madeUpWord());
        LocalDateTime start = clock.now().plusHours(2);
        banner.setStartsAt(start);
        banner.setEndsAt(start.plusHours(1));
        Banner saved = asEditor.call(() -> homeEntries.save(banner));
        try {
            assertFalse(showing(saved), "not before its start");
            LocalDateTime before = clock.now();
            clock.moveAhead(Duration.ofHours(2));
            assertTrue(homeEntries.bannersChangeBetween(before, clock.now()), "its start is noticed");
            bannerTimes.look(); // what the check every minute does: it announces the home page as changed
            assertTrue(showing(saved), "from its start");
            assertFalse(
                    homeEntries.bannersChangeBetween(clock.now(), clock.now().plusMinutes(59)));
            clock.moveAhead(Duration.ofHours(1));
            assertFalse(showing(saved), "not after its end");
        } finally {
            asEditor.call(() -> {
                homeEntries.delete(Banner.class, saved.getId());
                return null;
            });
        }
    }

    private boolean showing(Banner banner) {
        return homeEntries.showingBanners(clock.now()).stream()
                .anyMatch(shown -> shown.getId().equals(banner.getId()));
    }

    /** The addresses the search finds for words. */
    private List<String> found(String words) {
        return found(words, Language.CHINESE);
    }

    private List<String> found(String words, Language language) {
        return search.search(words, language, 1, 10).hits().stream()
                .map(hit -> hit.path().substring(hit.path().lastIndexOf('/') + 1))
                .toList();
    }

    /** A made-up word of letters only, found nowhere else. */
    private static String madeUpWord() {
        StringBuilder word = new StringBuilder("vq");
        Random random = new Random();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Test
    void nobodyNotSignedInMayEditAndEditorsMayNotManageUsers() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        assertThrows(EJBAccessException.class, () -> productEdits.save(newProduct(category, "anonymous")));
        assertThrows(EJBAccessException.class, () -> asEditor.call(accounts::listUsers));
        assertThrows(
                EJBAccessException.class,
                () -> asEditor.call(() -> accounts.createUser(unique("x"), Role.ADMIN, "a-long-enough-password")));
        assertFalse(asAdmin.call(accounts::listUsers).isEmpty());
        assertEquals(
                "allowed",
                asEditor.call(
                        () -> productEdits.save(newProduct(category, "by an editor")) != null ? "allowed" : "refused"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefused() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        long id = asEditor.call(() -> productEdits.save(newProduct(category, "Original")))
                .getId();
        Product mine = asEditor.call(() -> productEdits.get(id));
        Product theirs = asEditor.call(() -> productEdits.get(id));

        theirs.setTitle("Their name");
        asEditor.call(() -> productEdits.save(theirs));
        mine.setSummary("My summary");

        assertThrows(StaleEntityException.class, () -> asEditor.call(() -> productEdits.save(mine)));
        Product stored = asEditor.call(() -> productEdits.get(id));
        assertEquals("Their name", stored.getTitle(), "their save is not overwritten");
        assertEquals(null, stored.getSummary());
    }

    private static List<Long> ids(List<? extends BaseEntity> entities) {
        return entities.stream().map(BaseEntity::getId).toList();
    }

    @Test
    void movingAProductNeitherConflictsWithSomeoneEditingItNorIsUndoneByTheirSave() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        Product first = asEditor.call(() -> productEdits.save(newProduct(category, unique("First"))));
        Product second = asEditor.call(() -> productEdits.save(newProduct(category, unique("Second"))));
        Product third = asEditor.call(() -> productEdits.save(newProduct(category, unique("Third"))));
        Product openForm = asEditor.call(() -> productEdits.get(second.getId()));

        asEditor.call(() -> {
            productEdits.move(second.getId(), true);
            return null;
        });
        openForm.setSummary("Edited while it moved");
        asEditor.call(() -> productEdits.save(openForm));

        assertEquals(
                List.of(second.getId(), third.getId(), first.getId()),
                ids(asEditor.call(() -> productEdits.list(new ItemFilter(false, category.getId(), null), 1, 10))
                        .getItems()));
        assertEquals(
                "Edited while it moved",
                asEditor.call(() -> productEdits.get(second.getId())).getSummary());
    }

    @Test
    void aProductMovedToAnotherCategoryComesFirstThere() throws Exception {
        Category from = category(ItemKind.PRODUCT);
        Category to = category(ItemKind.PRODUCT);
        Product moving = asEditor.call(() -> productEdits.save(newProduct(from, unique("Moving"))));
        Product there = asEditor.call(() -> productEdits.save(newProduct(to, unique("Already there"))));
        moving.setCategory(to);
        asEditor.call(() -> productEdits.save(moving));
        assertEquals(
                List.of(moving.getId(), there.getId()),
                ids(asEditor.call(() -> productEdits.list(new ItemFilter(false, to.getId(), null), 1, 10))
                        .getItems()));
    }

    @Test
    void movingACategoryDoesNotConflictWithSomeoneEditingIt() throws Exception {
        Category first = category(ItemKind.ARTICLE);
        Category openForm = category(ItemKind.ARTICLE);
        asEditor.call(() -> {
            categories.move(openForm.getId(), true);
            return null;
        });
        openForm.setName(openForm.getName() + " renamed");
        asEditor.call(() -> categories.save(openForm));

        List<Long> order = ids(categories.listCategories(ItemKind.ARTICLE));
        assertEquals(order.indexOf(first.getId()) - 1, order.indexOf(openForm.getId()), order.toString());
    }

    @Test
    void slugsComeFromTheNameInPinyinForChineseAndMustBeUnique() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        String name = unique("Silk Dome Tweeter Pro");
        Product latin = asEditor.call(() -> productEdits.save(newProduct(category, name)));
        assertEquals(name.toLowerCase().replace(' ', '-'), latin.getSlug());
        String chineseName = "高音喇叭" + unique("");
        Product chinese = asEditor.call(() -> productEdits.save(newProduct(category, chineseName)));
        assertTrue(chinese.getSlug().startsWith("gao-yin-la-ba-"), "pinyin: " + chinese.getSlug());
        Product again = asEditor.call(() -> productEdits.save(newProduct(category, chineseName)));
        assertEquals(chinese.getSlug() + "-2", again.getSlug(), "the same name again gets the next free address");

        Product twin = newProduct(category, "twin");
        twin.setSlug(latin.getSlug());
        assertThrows(DuplicateSlugException.class, () -> asEditor.call(() -> productEdits.save(twin)));
    }

    @Test
    void richTextIsSanitizedOnSave() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        Product product = newProduct(category, unique("xss"));
        product.setBody("<p>Hi <strong>there</strong><img src=x onerror=alert(1)></p><script>alert(2)</script>");
        Product saved = asEditor.call(() -> productEdits.save(product));
        assertEquals("<p>Hi <strong>there</strong></p>", saved.getBody());
    }

    @Test
    void theRecycleBinHidesAndRestores() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        Product product = asEditor.call(() -> productEdits.save(newProduct(category, unique("Binned"))));
        long id = product.getId();
        assertTrue(catalog.findVisibleProduct(product.getSlug()).isPresent());

        asEditor.call(() -> {
            productEdits.moveToBin(id);
            return null;
        });
        assertTrue(catalog.findVisibleProduct(product.getSlug()).isEmpty(), "gone from the public site");
        assertEquals(
                1,
                asEditor.call(() -> productEdits.list(new ItemFilter(true, category.getId(), null), 1, 10))
                        .getItems()
                        .size());
        assertEquals(
                0,
                asEditor.call(() -> productEdits.list(new ItemFilter(false, category.getId(), null), 1, 10))
                        .getItems()
                        .size());

        asEditor.call(() -> {
            productEdits.restore(id);
            return null;
        });
        assertTrue(catalog.findVisibleProduct(product.getSlug()).isPresent(), "back on the public site");
        assertThrows(
                BusinessException.class,
                () -> asAdmin.call(() -> {
                    productEdits.deleteForever(id);
                    return null;
                }),
                "only what is in the bin can be deleted for good");

        asEditor.call(() -> {
            productEdits.moveToBin(id);
            return null;
        });
        assertThrows(
                EJBAccessException.class,
                () -> asEditor.call(() -> {
                    productEdits.deleteForever(id);
                    return null;
                }),
                "only an admin deletes for good");
        asAdmin.call(() -> {
            productEdits.restore(id);
            return null;
        });
        assertTrue(catalog.findVisibleProduct(product.getSlug()).isPresent(), "the editor's try deleted nothing");
    }

    @Test
    void aScheduledArticleAppearsWhenItsTimeComes() throws Exception {
        Category category = category(ItemKind.ARTICLE);
        Article article = new Article(category, "", unique("Scheduled"));
        article.publish(clock.now().plusDays(2));
        Article saved = asEditor.call(() -> articleEdits.save(article));
        // The clock runs on while the save takes its time (seconds on a busy machine): measured from now.
        clock.moveAhead(Duration.between(clock.now(), saved.getPublishedAt()).minusSeconds(5));
        assertTrue(news.findVisibleArticle(saved.getSlug()).isEmpty(), "not seconds before its time");
        clock.moveAhead(Duration.ofSeconds(5));
        assertTrue(news.findVisibleArticle(saved.getSlug()).isPresent(), "visible once its time came");
    }

    @Test
    void aCategoryWithContentIsDeletedOnlyByMovingItsContent() throws Exception {
        Category from = category(ItemKind.PRODUCT);
        Category to = category(ItemKind.PRODUCT);
        Product product = asEditor.call(() -> productEdits.save(newProduct(from, unique("Moved"))));
        assertThrows(
                BusinessException.class,
                () -> asEditor.call(() -> {
                    categories.delete(from.getId(), null);
                    return null;
                }));
        asEditor.call(() -> {
            categories.delete(from.getId(), to.getId());
            return null;
        });
        assertEquals(
                to.getId(),
                catalog.findVisibleProduct(product.getSlug())
                        .orElseThrow()
                        .getCategory()
                        .getId());
    }

    @Test
    void aCategoryInsideAnotherIsListedWithItMovesAmongItsSiblingsAndKeepsTheTreeSound() throws Exception {
        Category parent = category(ItemKind.PRODUCT);
        Category first = inside(parent);
        Category second = inside(parent);
        Category grandchild = inside(second);
        Category other = category(ItemKind.PRODUCT);
        Product product = asEditor.call(() -> productEdits.save(newProduct(grandchild, unique("Deep"))));

        assertTrue(
                titles(catalog.listVisibleProducts(InLanguage.CHINESE, parent, 1, 50))
                        .contains(product.getTitle()),
                "a category's list shows the items of those below it");
        assertFalse(titles(catalog.listVisibleProducts(InLanguage.CHINESE, first, 1, 50))
                .contains(product.getTitle()));
        assertEquals(
                List.of(product.getId()),
                ids(asEditor.call(() -> productEdits.list(new ItemFilter(false, parent.getId(), null), 1, 10))
                        .getItems()),
                "the back office's filter too");
        assertEquals(
                List.of(parent, first, second, grandchild, other).stream()
                        .map(Category::getId)
                        .toList(),
                treeOrder(parent, first, second, grandchild, other));

        asEditor.call(() -> {
            categories.move(second.getId(), true);
            return null;
        });
        assertEquals(
                List.of(parent, second, grandchild, first, other).stream()
                        .map(Category::getId)
                        .toList(),
                treeOrder(parent, first, second, grandchild, other),
                "a move stays among the siblings and takes the children along");

        first.setParent(other);
        asEditor.call(() -> categories.save(first));
        assertEquals(
                List.of(parent, second, grandchild, other, first).stream()
                        .map(Category::getId)
                        .toList(),
                treeOrder(parent, first, second, grandchild, other),
                "put in another, it goes there");

        for (Category refused : List.of(grandchild, second, first)) {
            parent.setParent(refused);
            BusinessException e = assertThrows(
                    BusinessException.class,
                    () -> asEditor.call(() -> categories.save(parent)),
                    "itself below itself, or a fourth level");
            assertEquals("category.parentRefused", e.getMessageKey());
        }
        BusinessException e = assertThrows(
                BusinessException.class,
                () -> asEditor.call(() -> {
                    categories.delete(parent.getId(), other.getId());
                    return null;
                }));
        assertEquals("category.hasChildren", e.getMessageKey());
        assertEquals(5, treeOrder(parent, first, second, grandchild, other).size(), "nothing was deleted");
    }

    private Category inside(Category parent) throws Exception {
        Category child = new Category(parent.getKind(), "分类 " + unique("c"), "", 0);
        child.setParent(parent);
        return asEditor.call(() -> categories.save(child));
    }

    /** The ids of the given categories, in the order the tree of their kind lists them. */
    private List<Long> treeOrder(Category... those) {
        List<Long> wanted = ids(List.of(those));
        return ids(categories.listCategories(those[0].getKind())).stream()
                .filter(wanted::contains)
                .toList();
    }

    private static List<String> titles(PageResult<ItemCard> page) {
        return page.getItems().stream().map(ItemCard::getTitle).toList();
    }

    @Test
    void theDashboardCountsTodaysViewsAndTheDroppedRequests() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        Product product = asEditor.call(() -> productEdits.save(newProduct(category, unique("Counted"))));
        ViewStats before = asEditor.call(stats::stats);
        ViewedItem item = ViewedItem.product(product.getId());
        String firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
        for (int i = 1; i <= 3; i++) {
            viewCounter.view(item, new Visit("GET", "198.51.100." + i, firefox, false));
        }
        viewCounter.view(item, new Visit("GET", "198.51.100.1", firefox, false));
        viewCounter.view(item, new Visit("GET", "198.51.100.9", "Mozilla/5.0 (compatible; Googlebot/2.1)", false));
        viewCounter.flush();

        ViewStats after = asEditor.call(stats::stats);
        assertEquals(before.today() + 3, after.today());
        assertEquals(before.lastMonth() + 3, after.lastMonth());
        assertEquals(
                before.droppedLastMonth().getOrDefault("BOT", 0L) + 1,
                after.droppedLastMonth().get("BOT"));
        assertEquals(
                before.droppedLastMonth().getOrDefault("REPEAT", 0L) + 1,
                after.droppedLastMonth().get("REPEAT"));
        assertEquals(30, after.days().size());
        assertEquals(after.today(), after.days().get(29).views());
        String csv =
                asEditor.call(() -> stats.dailyCsv(ResourceBundle.getBundle("messages", Locale.SIMPLIFIED_CHINESE)));
        assertTrue(
                csv.startsWith("日期,类型,编号,标题,点击\r\n"),
                "headers in words: " + csv.lines().findFirst());
        assertTrue(csv.contains(",\"产品\"," + product.getId() + ",\"" + product.getTitle() + "\",3\r\n"), csv);
    }

    @Test
    void theLastAdminStaysAnAdmin() throws Exception {
        asTheOnlyAdmin(this::assertLastAdminKept);
    }

    private void assertLastAdminKept(long adminId) {
        assertThrows(
                BusinessException.class,
                () -> asAdmin.call(() -> {
                    accounts.setEnabled(adminId, false);
                    return null;
                }));
        assertThrows(
                BusinessException.class,
                () -> asAdmin.call(() -> {
                    accounts.changeRole(adminId, Role.EDITOR);
                    return null;
                }));
    }

    /**
     * A lost password recovered at start ({@code PasswordRecovery}; {@code PasswordRecoveryIT} starts servers
     * with the setting): a disabled editor becomes an enabled admin with the new password, in the audit log
     * without it; the same setting at the next start changes nothing. A weak password or an unknown name
     * changes nothing, and only the ADMIN role (the recovery runs as it) may do it.
     */
    @Test
    void aLostPasswordIsRecoveredAsAnEnabledAdminOnceAndOnlyWithAStrongPassword() throws Exception {
        String name = unique("lost");
        long id = asAdmin.call(() -> accounts.createUser(name, Role.EDITOR, "the-forgotten-password"))
                .getId();
        asAdmin.call(() -> {
            accounts.setEnabled(id, false);
            return null;
        });
        String recovered = "recovered-at-start-1";
        assertThrows(BusinessException.class, () -> asAdmin.call(() -> accounts.recoverAdmin(name, "password1234")));
        assertThrows(
                NotFoundException.class, () -> asAdmin.call(() -> accounts.recoverAdmin(unique("nobody"), recovered)));
        assertThrows(EJBAccessException.class, () -> asEditor.call(() -> accounts.recoverAdmin(name, recovered)));
        assertThrows(EJBAccessException.class, () -> accounts.recoverAdmin(name, recovered));
        assertTrue(accounts.authenticate(name, "the-forgotten-password").isEmpty(), "still disabled, unchanged");

        assertEquals(
                List.of("new password", "enabled", "EDITOR -> ADMIN"),
                asAdmin.call(() -> accounts.recoverAdmin(name, recovered)));
        AppUser user = accounts.authenticate(name, recovered).orElseThrow();
        assertEquals(Role.ADMIN, user.getRole());
        assertTrue(accounts.authenticate(name, "the-forgotten-password").isEmpty());
        AuditEntry entry = asAdmin.call(() -> auditLog.listNewest(1, 20)).getItems().stream()
                .filter(e -> e.getAction().equals("RECOVER_ADMIN")
                        && Long.valueOf(id).equals(e.getTargetId()))
                .findFirst()
                .orElseThrow();
        assertTrue(entry.getSummary().startsWith(name + ": new password"), entry.getSummary());
        assertFalse(entry.getSummary().contains(recovered), entry.getSummary());

        assertEquals(List.of(), asAdmin.call(() -> accounts.recoverAdmin(name, recovered)), "set already");
        assertEquals(
                user.getPasswordHash(),
                accounts.authenticate(name, recovered).orElseThrow().getPasswordHash());
    }

    /** Two admins demote each other at the same moment, again and again: one of them stays an admin. */
    @Test
    void theLastAdminRuleHoldsUnderARace() throws Exception {
        asTheOnlyAdmin(this::raceForTheLastAdmin);
    }

    private void raceForTheLastAdmin(long first) throws Exception {
        for (int round = 0; round < 20; round++) {
            long other = asAdmin.call(() -> accounts.createUser(unique("rival"), Role.ADMIN, "a-long-enough-password"))
                    .getId();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> demotions = new ArrayList<>();
            for (long id : new long[] {first, other}) {
                demotions.add(executor.submit(() -> {
                    start.await();
                    return asAdmin.call(() -> {
                        accounts.changeRole(id, Role.EDITOR);
                        return null;
                    });
                }));
            }
            start.countDown();
            int refused = 0;
            for (Future<?> demotion : demotions) {
                try {
                    demotion.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    refused++;
                }
            }
            List<AppUser> admins = asAdmin.call(accounts::listUsers).stream()
                    .filter(u -> u.getRole() == Role.ADMIN && u.isEnabled())
                    .toList();
            assertEquals(1, admins.size(), "round " + round + ": one admin left, " + refused + " refused");
            // Back to the first admin alone for the next round.
            asAdmin.call(() -> {
                accounts.changeRole(first, Role.ADMIN);
                accounts.changeRole(other, Role.EDITOR);
                return null;
            });
        }
    }

    private interface AdminTest {
        void run(long adminId) throws Exception;
    }

    /**
     * Runs {@code test} with one enabled admin, as a shop's first days are: the admins other tests made are
     * editors meanwhile, and admins again after.
     */
    private void asTheOnlyAdmin(AdminTest test) throws Exception {
        List<AppUser> admins = asAdmin.call(accounts::listUsers).stream()
                .filter(u -> u.getRole() == Role.ADMIN && u.isEnabled())
                .toList();
        long kept = admins.get(0).getId();
        List<Long> others = admins.stream().skip(1).map(AppUser::getId).toList();
        changeRoles(others, Role.EDITOR);
        try {
            test.run(kept);
        } finally {
            changeRoles(others, Role.ADMIN);
        }
    }

    private void changeRoles(List<Long> users, Role role) throws Exception {
        asAdmin.call(() -> {
            users.forEach(id -> accounts.changeRole(id, role));
            return null;
        });
    }

    @Test
    void everyChangeGoesToTheAuditLogWhichOnlyAdminsRead() throws Exception {
        Category category = category(ItemKind.PRODUCT);
        Product product = asEditor.call(() -> productEdits.save(newProduct(category, unique("Audited"))));
        AuditEntry newest =
                asAdmin.call(() -> auditLog.listNewest(1, 1)).getItems().get(0);
        assertEquals("EDITOR", newest.getActor());
        assertEquals("CREATE", newest.getAction());
        assertEquals("PRODUCT", newest.getTargetType());
        assertEquals(product.getId(), newest.getTargetId());
        assertThrows(EJBAccessException.class, () -> asEditor.call(() -> auditLog.listNewest(1, 10)));
    }

    @Test
    void theDemoContentWasWrittenThroughTheAuditedServicesAsTheSystem() throws Exception {
        List<AuditEntry> log =
                asAdmin.call(() -> auditLog.listNewest(1, 100_000)).getItems();
        AuditEntry aboutUs = log.stream()
                .filter(entry -> entry.getTargetType().equals("PAGE")
                        && entry.getAction().equals("CREATE"))
                .filter(entry -> entry.getSummary().startsWith("关于我们"))
                .findFirst()
                .orElseThrow();
        assertEquals("system", aboutUs.getActor());
        assertTrue(
                log.stream()
                                .filter(entry -> entry.getTargetType().equals("PRODUCT"))
                                .count()
                        >= 8,
                "the eight demo products too");
    }

    @Test
    void passwordsAreStoredAsPbkdf2WithAFreshSaltEach() {
        String first = passwords.hash("correct horse battery");
        String second = passwords.hash("correct horse battery");
        String[] parts = first.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals(600_000, Integer.parseInt(parts[1]));
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertNotEquals(first, second, "a fresh salt every time");
        assertTrue(passwords.matches("correct horse battery", second));
        assertFalse(passwords.matches("Correct horse battery", second));
    }

    @Test
    void searchStatisticsAddUpByTermKeepAtMostFiveHundredTermsADayAndListWhatFoundNothing() throws Exception {
        LocalDate day = clock.now().toLocalDate();
        String found = unique("found");
        String lost = unique("lost");
        searchTerms.store(day, Map.of(found, new Count(2, 3), lost, new Count(1, 0)));
        searchTerms.store(day.minusDays(1), Map.of(found, new Count(1, 5)));
        searchTerms.store(day, Map.of(found, new Count(4, 1)));

        assertTrue(
                asEditor.call(() -> searchTerms.mostSearched(7, 500)).contains(new SearchTerms.Searched(found, 7, 5)),
                "two days of searches added up, the most results kept");
        List<SearchTerms.Searched> nothing = asEditor.call(() -> searchTerms.foundNothing(7, 500));
        assertTrue(nothing.contains(new SearchTerms.Searched(lost, 1, 0)), nothing.toString());
        assertTrue(nothing.stream().noneMatch(searched -> searched.term().equals(found)));

        // Long ago: other tests' searches, on days this test server's clock has been moved to, are not on it.
        LocalDate busy = day.minusDays(80);
        Map<String, Count> many = new HashMap<>();
        for (int i = 0; i < 510; i++) {
            many.put(unique("term" + i), new Count(1, 1));
        }
        searchTerms.store(busy, many);
        assertEquals(
                500,
                asEditor.call(() -> searchTerms.mostSearched(90, 100_000)).stream()
                        .filter(searched -> many.containsKey(searched.term()))
                        .count(),
                "the first 500 new terms of a day are kept, no more");
    }

    @Test
    void anImportTakesTheOldSitesCompanyDetailsSlidesAndLinksExceptWhatThisSiteWouldRefuse() throws Exception {
        SiteSettings before = site.getSettingsAsStored();
        String name = unique("友情链接");
        String slide = unique("新店开业");
        String message = unique("想给帕萨特升级音响，大概多少钱？");
        byte[] picture = TestImages.noisyPng(320, 160);
        SourceSite old = new SourceSite(
                "PbootCMS 3.x",
                "http://old-" + unique("site") + ".example",
                List.of(),
                List.of(),
                List.of(),
                new SourceSite.Company(
                        "佛山声浪汽车音响店",
                        "佛山市禅城区汽配城 B 区 12 号",
                        "0757-8888 6666",
                        null,
                        "暂无",
                        null,
                        null,
                        "粤ICP备19000001号",
                        null,
                        null),
                List.of(new SourceSite.Banner(
                        "/static/upload/image/20240101/" + slide + ".png", slide, "/?company/4.html")),
                List.of(
                        new SourceSite.Link(name, "http://www.dedecms.example/", null),
                        new SourceSite.Link(name + "?", "javascript:alert(1)", null)),
                List.of(new SourceSite.Message(
                        "message 1",
                        "陈先生",
                        "13800138000",
                        null,
                        message,
                        LocalDateTime.of(2023, 5, 1, 10, 0),
                        "已电话回复",
                        "10.1.2.3")));
        Pictures copy = address -> Optional.of(picture);
        try {
            MoveInReport planned = asAdmin.call(() -> moving.plan(old, copy));
            assertEquals(
                    1,
                    planned.count("SETTINGS", MoveInReport.Action.REFUSED),
                    planned.lines().toString());
            assertEquals(1, planned.count("LINK", MoveInReport.Action.REFUSED), "not a web address");
            assertEquals(before.getCompanyName(), site.getSettingsAsStored().getCompanyName(), "a plan writes nothing");

            asAdmin.call(() -> moving.run(old, copy));
            SiteSettings after = site.getSettingsAsStored();
            assertEquals("佛山声浪汽车音响店", after.getCompanyName());
            assertEquals("0757-8888 6666", after.getPhone());
            assertEquals("粤ICP备19000001号", after.getIcpNumber());
            assertEquals(before.getFax(), after.getFax(), "not a fax number: the one before stays");
            assertEquals(before.getEmail(), after.getEmail(), "what the old site didn't have stays");

            MoveInReport again = asAdmin.call(() -> moving.run(old, copy));
            assertEquals(
                    1,
                    again.count("BANNER", MoveInReport.Action.UPDATED),
                    again.lines().toString());
            assertEquals(
                    1,
                    again.count("LINK", MoveInReport.Action.UPDATED),
                    again.lines().toString());
            List<FriendlyLink> links = homeEntries.list(FriendlyLink.class).stream()
                    .filter(link -> link.getName().startsWith(name))
                    .toList();
            assertEquals(1, links.size(), "one link, not two, and not the one to a script");
            assertEquals("http://www.dedecms.example/", links.get(0).getAddress());
            List<Banner> slides = homeEntries.list(Banner.class).stream()
                    .filter(banner -> slide.equals(banner.getTitle()))
                    .toList();
            assertEquals(1, slides.size());
            assertTrue(slides.get(0).getPicturePath().startsWith("content/"), "stored as an upload");

            SourceSite renamed = new SourceSite(
                    old.system(),
                    old.origin(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    List.of(new SourceSite.Link(name + " renamed", "http://www.dedecms.example/", null)),
                    List.of());
            asAdmin.call(() -> moving.plan(renamed, copy));
            assertEquals(
                    1,
                    homeEntries.list(FriendlyLink.class).stream()
                            .filter(link -> link.getName().equals(name))
                            .count(),
                    "a plan changes nothing it finds");

            List<Inquiry> archived = asAdmin.call(() -> inbox.folder(InquiryStatus.ANSWERED, message));
            assertEquals(1, archived.size(), "the guestbook's message, answered there, once");
            assertEquals("陈先生", archived.get(0).getName());
            assertEquals("10.1.2.3", archived.get(0).getClientAddress());
            assertTrue(
                    archived.get(0).getNotes().contains("2023-05-01 10:00"),
                    archived.get(0).getNotes());
            assertTrue(
                    archived.get(0).getNotes().contains("已电话回复"),
                    archived.get(0).getNotes());
        } finally {
            asAdmin.call(() -> {
                for (FriendlyLink link : homeEntries.list(FriendlyLink.class)) {
                    if (link.getName().startsWith(name)) {
                        homeEntries.delete(FriendlyLink.class, link.getId());
                    }
                }
                for (Banner banner : homeEntries.list(Banner.class)) {
                    if (slide.equals(banner.getTitle())) {
                        homeEntries.delete(Banner.class, banner.getId());
                    }
                }
                SiteSettings back = site.getSettingsAsStored();
                back.setCompanyName(before.getCompanyName());
                back.setAddress(before.getAddress());
                back.setPhone(before.getPhone());
                back.setIcpNumber(before.getIcpNumber());
                return site.update(back);
            });
        }
    }
}
