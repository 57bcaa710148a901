package dev.vitrine.news.entity;

/** Where an article is in its life. A published article with a future publish time is scheduled. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
