package dev.vitrine.content.entity;

import java.time.LocalDateTime;

/**
 * What a list shows of a published item: a projection, so lists never load bodies. A class with getters
 * rather than a record, because Jakarta EL 5 (EE 10) can't read record components as properties.
 */
public final class ItemCard {

    private final long id;
    private final String slug;
    private final String title;
    private final String summary;
    private final String coverPath;
    private final LocalDateTime publishedAt;

    public ItemCard(long id, String slug, String title, String summary, String coverPath, LocalDateTime publishedAt) {
        this.id = id;
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.coverPath = coverPath;
        this.publishedAt = publishedAt;
    }

    public long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getCoverPath() {
        return coverPath;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
