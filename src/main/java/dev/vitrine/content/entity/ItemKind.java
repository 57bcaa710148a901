package dev.vitrine.content.entity;

import java.util.Locale;

/** The kinds of published item. The name is what the audit log and the revision history record. */
public enum ItemKind {
    PRODUCT("product"),
    ARTICLE("news"),
    PAGE("page");

    private final String slugPrefix;

    ItemKind(String slugPrefix) {
        this.slugPrefix = slugPrefix;
    }

    /** The table that holds this kind (its places are written there with plain SQL). */
    public String table() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name of the kind's entity, for queries over every kind. */
    public String entity() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** How an address starts when the title gives none (a title without Latin letters or digits). */
    public String slugPrefix() {
        return slugPrefix;
    }
}
