package dev.vitrine.site.web;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.entity.ProductImage;
import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.news.entity.Article;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.PageQuery;
import dev.vitrine.shared.web.PublicAddress;
import dev.vitrine.site.entity.SiteSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a public page tells search engines and sharing sites about itself: its canonical address, Open
 * Graph and Twitter card fields, and schema.org data (organisation, breadcrumbs, product, news article),
 * with absolute addresses ({@link PublicAddress}).
 */
@Named("seo")
@RequestScoped
public class PageSeo {

    @Inject
    private LayoutData data;

    @Inject
    private ShopClock clock;

    @Inject
    private HttpServletRequest request;

    @Inject
    private PageLanguage language;

    /** An absolute address within the site ({@code /products/a4}): see {@link PublicAddress}. */
    public String url(String path) {
        return PublicAddress.ofPages(request, settings().getSiteUrl()) + path;
    }

    /**
     * The one address of this page: its path, with only the parameters that choose what it shows. An item
     * shown in English without an English version is its Chinese page's.
     */
    public String getCanonical() {
        if (language.isUntranslated()) {
            return url(language.pathIn(Language.CHINESE));
        }
        return url(language.pathIn(language.getCurrent()) + PageQuery.of(request));
    }

    /** This page in each language it is in, for {@code hreflang} links; none when it is in one language only. */
    public List<Map<String, String>> getAlternates() {
        List<Language> alternates = language.getAlternates();
        if (alternates.size() < 2) {
            return List.of();
        }
        String query = PageQuery.of(request);
        List<Map<String, String>> links = new ArrayList<>();
        for (Language each : alternates) {
            links.add(Map.of("hreflang", each.tag(), "href", url(language.pathIn(each) + query)));
        }
        links.add(Map.of("hreflang", "x-default", "href", url(language.pathIn(Language.CHINESE) + query)));
        return links;
    }

    /** A stored picture's address, or null. */
    public String image(String mediaPath) {
        return mediaPath == null || mediaPath.isBlank() ? null : url("/media/" + mediaPath);
    }

    /** The picture shared links show for this site: the logo, if there is one. */
    public String getLogo() {
        return image(settings().getLogoPath());
    }

    /** The language of this page for Open Graph ({@code zh_CN}, {@code en_US}, {@code ru_RU}). */
    public String ogLocale(String languageTag) {
        return languageTag.startsWith("en") ? "en_US" : languageTag.startsWith("ru") ? "ru_RU" : "zh_CN";
    }

    public String getOrganization() {
        return StructuredData.organization(settings(), url(language.getCurrent().path("/")), getLogo());
    }

    /**
     * A breadcrumb trail as schema.org data; each step a map with a {@code name} and a {@code path}, the last
     * (this page) without one.
     */
    public String breadcrumbs(List<Map<String, String>> trail) {
        return StructuredData.breadcrumbs(trail.stream()
                .map(step -> new StructuredData.Crumb(
                        step.get("name"), step.get("path") == null ? getCanonical() : url(step.get("path"))))
                .toList());
    }

    /** The product's main picture: the first of its gallery, else its cover; or null. */
    public String productImage(Product product) {
        return image(product.getImages().stream()
                .map(ProductImage::getPath)
                .findFirst()
                .orElse(product.getCoverPath()));
    }

    public String product(Product product) {
        List<String> images = Stream.concat(
                        Stream.ofNullable(product.getCoverPath()),
                        product.getImages().stream().map(ProductImage::getPath))
                .distinct()
                .map(this::image)
                .toList();
        return StructuredData.product(
                product.getTitle(),
                product.pageDescription(),
                images,
                getCanonical(),
                settings().getCompanyName());
    }

    /** An article's schema.org data: a news article for news, an article for any other kind (a case study). */
    public String article(PublishedItem article) {
        return StructuredData.article(
                article instanceof Article ? "NewsArticle" : "Article",
                article.getTitle(),
                article.pageDescription(),
                image(article.getCoverPath()),
                getCanonical(),
                article.getPublishedAt().atZone(clock.zone()).toOffsetDateTime(),
                article.getUpdated().atOffset(ZoneOffset.UTC),
                settings().getCompanyName(),
                getLogo());
    }

    /** Home › Products or News › the categories down to the one a list shows, if it shows one. */
    public List<Map<String, String>> listTrail(String kind, Category category) {
        List<Map<String, String>> trail = new ArrayList<>(List.of(step("nav.home", "/")));
        if (category == null) {
            trail.add(Map.of("name", Messages.text("nav." + kind)));
        } else {
            trail.add(step("nav." + kind, "/" + kind));
            trail.addAll(categorySteps(kind, category));
            trail.set(trail.size() - 1, Map.of("name", category.nameIn(language.getCurrent())));
        }
        return trail;
    }

    /** Home › Products or News › the item's categories from the top › the item. */
    public List<Map<String, String>> itemTrail(String kind, CategorizedItem item) {
        List<Map<String, String>> trail =
                new ArrayList<>(List.of(step("nav.home", "/"), step("nav." + kind, "/" + kind)));
        trail.addAll(categorySteps(kind, item.getCategory()));
        trail.add(Map.of("name", item.getTitle()));
        return trail;
    }

    private List<Map<String, String>> categorySteps(String kind, Category category) {
        return category.getPath().stream()
                .map(step -> Map.of(
                        "name",
                        step.nameIn(language.getCurrent()),
                        "path",
                        language.getCurrent().path("/" + kind + "?category=" + step.getSlug())))
                .toList();
    }

    /** Home › a single page. */
    public List<Map<String, String>> pageTrail(String title) {
        return List.of(step("nav.home", "/"), Map.of("name", title));
    }

    private Map<String, String> step(String nameKey, String path) {
        return Map.of(
                "name", Messages.text(nameKey), "path", language.getCurrent().path(path));
    }

    private SiteSettings settings() {
        return data.settings(language.getCurrent());
    }
}
