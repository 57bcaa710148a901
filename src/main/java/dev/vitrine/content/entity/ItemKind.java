package dev.vitrine.content.entity;

import java.util.Locale;

/** The kinds of published item. The name is what the audit log and the revision history record. */
public enum ItemKind {
    PRODUCT("product", "products"),
    ARTICLE("news", "news"),
    PAGE("page", "pages");

    private final String slugPrefix;
    private final String folder;

    ItemKind(String slugPrefix, String folder) {
        this.slugPrefix = slugPrefix;
        this.folder = folder;
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
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
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
