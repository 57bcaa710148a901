package dev.vitrine.views.entity;

/** The kinds of page whose views are counted. */
public enum ViewedKind {
    PRODUCT,
    ARTICLE
}
