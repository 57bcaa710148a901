package dev.vitrine.content.entity;

/** What a category groups: products or news articles. */
public enum CategoryKind {
    PRODUCT,
    NEWS
}
