package dev.vitrine.catalog.entity;

/** What a category groups: products or news articles. */
public enum CategoryKind {
    PRODUCT,
    NEWS
}
