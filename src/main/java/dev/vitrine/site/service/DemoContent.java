package dev.vitrine.site.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.cases.entity.CaseStudy;
import dev.vitrine.cases.service.CaseStudyEditService;
import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.ProductEditService;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemTranslation;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.entity.SpecRow;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.content.service.TranslationEditService;
import dev.vitrine.media.service.ImageUpload;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.pages.service.PageEditService;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.config.VitrineConfig;
import dev.vitrine.site.entity.Banner;
import dev.vitrine.site.entity.FriendlyLink;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.entity.SiteSettings.HomeBlock;
import dev.vitrine.site.entity.SiteTexts;
import dev.vitrine.site.service.DemoImages.Motif;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewCountService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Fills an empty database on first start: the site settings always, and unless
 * {@code VITRINE_DEMO_CONTENT=false} a small car-audio shop to look at and to try the back office on, read
 * from {@value #SHOP} (settings, categories, products, articles, pages with their English versions, banner
 * slides and friendly links; the pictures are drawn). It writes through the same role-checked, audited
 * services as staff, in the ADMIN role, and the audit log names it {@code system} (Payara's run-as principal
 * {@code system@vitrine}, mapped in {@code glassfish-ejb-jar.xml}; WildFly's is anonymous, which the log
 * records as {@code system} too). {@link DemoContentAtStart} calls it once at start.
 */
@Singleton
@RunAs(Role.ADMIN_NAME)
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    /** The demo shop, as data. */
    static final String SHOP = "/demo/shop.json";

    /** The colour of the articles' drawn pictures. */
    private static final Color NEWS_TINT = new Color(0x3182ce);

    @Inject
    private SiteService site;

    @Inject
    private CategoryService categories;

    @Inject
    private ProductEditService products;

    @Inject
    private ArticleEditService articles;

    @Inject
    private PageEditService pages;

    @Inject
    private ViewCountService viewCounts;

    @Inject
    private MediaStore media;

    @Inject
    private TranslationEditService translations;

    @Inject
    private HomeEntryService homeEntries;

    @Inject
    private CaseStudyEditService cases;

    /**
     * One transaction, committed when this method returns (see {@link DemoContentAtStart} for why here). Anyone:
     * its caller starts the application, as nobody; it does nothing once the database has its settings.
     */
    @PermitAll
    public void loadIfEmpty() {
        if (site.hasSettings()) {
            return;
        }
        if (!VitrineConfig.demoContent()) {
            site.create(new SiteSettings("Vitrine"));
            LOG.info("Empty database: created the site settings, no demo content (VITRINE_DEMO_CONTENT=false)");
            return;
        }
        JsonObject shop = read();
        LocalDateTime opening = LocalDateTime.parse(shop.getString("opening"));
        loadSettings(shop.getJsonObject("settings"));
        Map<String, Category> categoriesBySlug = new HashMap<>();
        for (JsonObject category : objects(shop, "categories")) {
            loadCategory(category, ItemKind.valueOf(category.getString("kind")), null, categoriesBySlug);
        }
        // Each new product comes first in its category: saved last to first, they stand in the file's order.
        List<JsonObject> shelf = new ArrayList<>(objects(shop, "products"));
        Collections.reverse(shelf);
        for (JsonObject product : shelf) {
            loadProduct(product, categoriesBySlug.get(product.getString("category")), opening);
        }
        for (JsonObject article : objects(shop, "articles")) {
            loadArticle(article, categoriesBySlug.get(article.getString("category")));
        }
        for (JsonObject caseStudy : objects(shop, "cases")) {
            loadCase(caseStudy, categoriesBySlug.get(caseStudy.getString("category")));
        }
        for (JsonObject page : objects(shop, "pages")) {
            loadPage(page, opening);
        }
        objects(shop, "banners").forEach(this::loadBanner);
        objects(shop, "links").forEach(this::loadLink);
        LOG.info("Empty database: loaded the demo shop (set VITRINE_DEMO_CONTENT=false to start empty)");
    }

    private static JsonObject read() {
        try (InputStream in = Objects.requireNonNull(DemoContent.class.getResourceAsStream(SHOP), SHOP);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonObject> objects(JsonObject parent, String name) {
        return parent.getJsonArray(name) == null
                ? List.of()
                : parent.getJsonArray(name).getValuesAs(JsonObject.class);
    }

    private void loadSettings(JsonObject fields) {
        SiteSettings settings = new SiteSettings(fields.getString("companyName"));
        Map<String, Consumer<String>> setters = Map.ofEntries(
                Map.entry("email", settings::setEmail),
                Map.entry("phone", settings::setPhone),
                Map.entry("fax", settings::setFax),
                Map.entry("address", settings::setAddress),
                Map.entry("icpNumber", settings::setIcpNumber),
                Map.entry("description", settings::setDescription),
                Map.entry("footerText", settings::setFooterText));
        setters.forEach((name, setter) -> {
            if (fields.containsKey(name)) {
                setter.accept(fields.getString(name));
            }
        });
        settings.setHomeBlocks(strings(fields.getJsonArray("homeBlocks"), HomeBlock::valueOf));
        settings.setTranslatedLanguages(strings(fields.getJsonArray("languages"), code -> code));
        translations(fields).forEach((language, texts) -> {
            SiteTexts own = settings.textsIn(language);
            own.setCompanyName(texts.getString("companyName", null));
            own.setAddress(texts.getString("address", null));
            own.setDescription(texts.getString("description", null));
            own.setFooterText(texts.getString("footerText", null));
        });
        site.create(settings);
    }

    private void loadCategory(JsonObject fields, ItemKind kind, Category parent, Map<String, Category> bySlug) {
        Category category = new Category(kind, fields.getString("name"), fields.getString("slug"), 0);
        texts(fields, "names").forEach(category.getNames()::put);
        category.setParent(parent);
        Category saved = categories.save(category);
        bySlug.put(saved.getSlug(), saved);
        for (JsonObject child : objects(fields, "children")) {
            loadCategory(child, kind, saved, bySlug);
        }
    }

    private void loadProduct(JsonObject fields, Category category, LocalDateTime opening) {
        String slug = fields.getString("slug");
        Product product = new Product(category, slug, fields.getString("title"));
        text(product, fields);
        product.setFeatured(fields.getBoolean("featured", false));
        product.publish(opening);
        JsonObject picture = fields.getJsonObject("picture");
        Motif motif = Motif.valueOf(picture.getString("motif"));
        Color tint = Color.decode(picture.getString("tint"));
        product.addImage(image("demo/" + slug + ".png", motif, tint), product.getTitle());
        product.addImage(image("demo/" + slug + "-2.png", motif, tint.darker()), product.getTitle());
        product.replaceSpecs(specs(fields));
        translate(ItemKind.PRODUCT, products.save(product), fields);
    }

    private void loadArticle(JsonObject fields, Category category) {
        String slug = fields.getString("slug");
        Article article = new Article(category, slug, fields.getString("title"));
        text(article, fields);
        article.setCoverPath(image("demo/news-" + slug + ".png", Motif.NEWS, NEWS_TINT));
        article.publish(LocalDateTime.parse(fields.getString("publishedAt")));
        Article saved = articles.save(article);
        viewCounts.addViews(ViewedItem.article(saved.getId()), fields.getInt("views", 0));
        translate(ItemKind.ARTICLE, saved, fields);
    }

    private void loadCase(JsonObject fields, Category category) {
        String slug = fields.getString("slug");
        CaseStudy caseStudy = new CaseStudy(category, slug, fields.getString("title"));
        text(caseStudy, fields);
        caseStudy.setClient(fields.getString("client", null));
        caseStudy.setPlace(fields.getString("place", null));
        caseStudy.setCompletedOn(LocalDate.parse(fields.getString("completedOn")));
        JsonObject picture = fields.getJsonObject("picture");
        caseStudy.setCoverPath(image(
                "demo/case-" + slug + ".png",
                Motif.valueOf(picture.getString("motif")),
                Color.decode(picture.getString("tint"))));
        caseStudy.publish(LocalDateTime.parse(fields.getString("publishedAt")));
        CaseStudy saved = cases.save(caseStudy);
        viewCounts.addViews(new ViewedItem(ItemKind.CASE_STUDY, saved.getId()), fields.getInt("views", 0));
        translate(ItemKind.CASE_STUDY, saved, fields);
    }

    private void loadPage(JsonObject fields, LocalDateTime opening) {
        String slug = fields.getString("slug");
        Page page = new Page(slug, fields.getString("title"));
        text(page, fields);
        JsonObject picture = fields.getJsonObject("picture");
        page.setCoverPath(image(
                "demo/page-" + slug + ".png",
                Motif.valueOf(picture.getString("motif")),
                Color.decode(picture.getString("tint"))));
        page.setInMenu(fields.getBoolean("inMenu", false));
        page.publish(opening);
        translate(ItemKind.PAGE, pages.save(page), fields);
    }

    private static void text(PublishedItem item, JsonObject fields) {
        item.setSummary(fields.getString("summary", null));
        item.setBody(fields.getString("body", null));
    }

    /** The item's versions in other languages, where the file gives them (under the item's own address). */
    private void translate(ItemKind kind, PublishedItem item, JsonObject fields) {
        translations(fields).forEach((language, texts) -> {
            ItemTranslation translation = translations.in(language, kind, item.getId());
            translation.setSlug(item.getSlug());
            translation.setTitle(texts.getString("title"));
            translation.setSummary(texts.getString("summary", null));
            translation.setBody(texts.getString("body", null));
            translation.replaceSpecs(specs(texts));
            translations.save(translation);
        });
    }

    /** The {@code translations} of an object, by language. */
    private static Map<Language, JsonObject> translations(JsonObject fields) {
        Map<Language, JsonObject> byLanguage = new EnumMap<>(Language.class);
        JsonObject all = fields.getJsonObject("translations");
        if (all != null) {
            all.forEach((code, texts) -> byLanguage.put(
                    Language.ofCode(code).orElseThrow(() -> new IllegalStateException("No language " + code)),
                    texts.asJsonObject()));
        }
        return byLanguage;
    }

    /** A map of texts by language code ({@code names}, {@code titles}), checked against the known languages. */
    private static Map<String, String> texts(JsonObject fields, String name) {
        Map<String, String> texts = new HashMap<>();
        JsonObject all = fields.getJsonObject(name);
        if (all != null) {
            all.forEach((code, text) -> texts.put(
                    Language.ofCode(code)
                            .orElseThrow(() -> new IllegalStateException("No language " + code))
                            .code(),
                    ((JsonString) text).getString()));
        }
        return texts;
    }

    private static List<SpecRow> specs(JsonObject fields) {
        JsonArray specs = fields.getJsonArray("specs");
        return specs == null
                ? List.of()
                : specs.getValuesAs(JsonArray.class).stream()
                        .map(spec -> new SpecRow(spec.getString(0), spec.getString(1)))
                        .toList();
    }

    private void loadBanner(JsonObject fields) {
        Banner banner = new Banner();
        banner.setPicturePath(
                store(fields.getString("picture"), DemoImages.banner(Color.decode(fields.getString("tint")))));
        banner.setTitle(fields.getString("title"));
        texts(fields, "titles").forEach(banner.getTitles()::put);
        banner.setLink(fields.getString("link", null));
        homeEntries.save(banner);
    }

    private void loadLink(JsonObject fields) {
        FriendlyLink link = new FriendlyLink();
        link.setName(fields.getString("name"));
        link.setAddress(fields.getString("address"));
        homeEntries.save(link);
    }

    private static <T> List<T> strings(JsonArray values, Function<String, T> parse) {
        return values.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .map(parse)
                .toList();
    }

    /** Draws a demo picture and its thumbnail into the media store; returns its path. */
    private String image(String path, Motif motif, Color tint) {
        return store(path, DemoImages.draw(motif, tint, 600));
    }

    /** Writes a picture and its thumbnail into the media store; returns its path. */
    private String store(String path, byte[] picture) {
        media.write(path, picture);
        media.write(MediaStore.thumbnailOf(path), ImageUpload.thumbnail(picture, ImageUpload.Format.PNG));
        return path;
    }
}
