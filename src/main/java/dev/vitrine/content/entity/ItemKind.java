package dev.vitrine.content.entity;

import java.util.Locale;

/**
 * The kinds of published item, each with its traits stated once: its entity, its public folder and whether
 * its views are counted. The name is what the audit log, the revision history, translations and view counts
 * record.
 */
public enum ItemKind {
    PRODUCT("Product", "product", "products", true),
    ARTICLE("Article", "news", "news", true),
    PAGE("Page", "page", "pages", false);

    private final String entity;
    private final String slugPrefix;
    private final String folder;
    private final boolean counted;

    ItemKind(String entity, String slugPrefix, String folder, boolean counted) {
        this.entity = entity;
        this.slugPrefix = slugPrefix;
        this.folder = folder;
        this.counted = counted;
    }

    /** Whether its pages count their views ("点击:328"). */
    public boolean isCounted() {
        return counted;
    }

    /** The public address of an item of this kind: {@code /products/<slug>}, {@code /news/...}, {@code /pages/...}. */
    public String path(String slug) {
        return "/" + folder + "/" + slug;
    }

    /** The public list of this kind ({@code /products}, {@code /news}); single pages have none but the home page. */
    public String listPath() {
        return this == PAGE ? "/" : "/" + folder;
    }

    /** The table that holds this kind (its places are written there with plain SQL). */
    public String table() {
        return name().toLowerCase(Locale.ROOT);
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
