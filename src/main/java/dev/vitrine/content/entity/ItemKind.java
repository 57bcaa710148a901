package dev.vitrine.content.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of published item, each with its traits stated once; routes, the sitemap, search, translations,
 * view statistics, the menu and the back office loop over them. The name is what the audit log, the
 * revision history, translations and view counts record.
 *
 * <p>A kind's public pages are {@code /<folder>} (its list, for a kind in categories) and {@code
 * /<folder>/<slug>}, rendered by {@code /WEB-INF/views/<folder>/index.xhtml} and {@code .../<view>.xhtml};
 * its back office is {@code /admin/<adminFolder>/list} and {@code .../edit}; the menu calls its list {@code
 * nav.<folder>}.
 */
public enum ItemKind {
    PRODUCT("Product", "product", "products", "product", "products", Listing.IN_CATEGORIES, true),
    ARTICLE("Article", "news", "news", "article", "articles", Listing.IN_CATEGORIES, true),
    CASE_STUDY("CaseStudy", "case", "cases", "case", "cases", Listing.IN_CATEGORIES, true),
    PAGE("Page", "page", "pages", "page", "pages", Listing.IN_MENU, false);

    /** Where a kind's items are listed for visitors. */
    public enum Listing {
        /** On its own list, by category, with the categories in the menu. */
        IN_CATEGORIES,
        /** In the main menu, each item a link of its own (single pages). */
        IN_MENU
    }

    private final String entity;
    private final String slugPrefix;
    private final String folder;
    private final String view;
    private final String adminFolder;
    private final Listing listing;
    private final boolean counted;

    ItemKind(
            String entity,
            String slugPrefix,
            String folder,
            String view,
            String adminFolder,
            Listing listing,
            boolean counted) {
        this.entity = entity;
        this.slugPrefix = slugPrefix;
        this.folder = folder;
        this.view = view;
        this.adminFolder = adminFolder;
        this.listing = listing;
        this.counted = counted;
    }

    /** The kinds that have categories and a public list of their own, in the menu's order. */
    public static List<ItemKind> categorized() {
        return Arrays.stream(values()).filter(ItemKind::isCategorized).toList();
    }

    /** The kind whose public folder is {@code folder}, if any. */
    public static Optional<ItemKind> ofFolder(String folder) {
        return Arrays.stream(values())
                .filter(kind -> kind.folder.equals(folder))
                .findFirst();
    }

    /** Whether its items sit in categories and have a public list. */
    public boolean isCategorized() {
        return listing == Listing.IN_CATEGORIES;
    }

    /** Whether its pages count their views ("点击:328"). */
    public boolean isCounted() {
        return counted;
    }

    /** The public folder: {@code products}, {@code news}, {@code cases}, {@code pages}. */
    public String folder() {
        return folder;
    }

    /** The public address of an item of this kind: {@code /products/<slug>}, {@code /news/...}, {@code /pages/...}. */
    public String path(String slug) {
        return "/" + folder + "/" + slug;
    }

    /** The public list of this kind ({@code /products}, {@code /news}); single pages have none but the home page. */
    public String listPath() {
        return isCategorized() ? "/" + folder : "/";
    }

    /** The view of its public list, for a kind that has one. */
    public String listView() {
        return "/WEB-INF/views/" + folder + "/index.xhtml";
    }

    /** The view of an item's public page. */
    public String itemView() {
        return "/WEB-INF/views/" + folder + "/" + view + ".xhtml";
    }

    /** Its folder in the back office: {@code /admin/<adminFolder>/list}. */
    public String adminFolder() {
        return adminFolder;
    }

    /** The table that holds this kind (its places are written there with plain SQL). */
    public String table() {
        return entity.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The name of the kind's entity, for queries over every kind. */
    public String entity() {
        return entity;
    }

    /** The kind whose entity is {@code type}. */
    public static ItemKind of(Class<?> type) {
        for (ItemKind kind : values()) {
            if (kind.entity().equals(type.getSimpleName())) {
                return kind;
            }
        }
        throw new IllegalArgumentException(type.getName());
    }

    /** How an address starts when the title gives none (a title without Latin letters or digits). */
    public String slugPrefix() {
        return slugPrefix;
    }
}
