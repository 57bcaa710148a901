package dev.vitrine.catalog.entity;

/**
 * What a product list shows of a product: a projection, so lists never load descriptions. A class with
 * getters rather than a record, because Jakarta EL 5 (EE 10) can't read record components as properties.
 */
public final class ProductCard {

    private final String slug;
    private final String name;
    private final String summary;
    private final String coverPath;

    public ProductCard(String slug, String name, String summary, String coverPath) {
        this.slug = slug;
        this.name = name;
        this.summary = summary;
        this.coverPath = coverPath;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public String getCoverPath() {
        return coverPath;
    }
}
