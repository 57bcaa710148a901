package dev.vitrine.content.entity;

/** What a category groups: products or news articles. */
public enum CategoryKind {
    PRODUCT(ItemKind.PRODUCT),
    NEWS(ItemKind.ARTICLE);

    private final ItemKind items;

    CategoryKind(ItemKind items) {
        this.items = items;
    }

    /** The kind of the items in such categories. */
    public ItemKind items() {
        return items;
    }
}
