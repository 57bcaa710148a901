package dev.vitrine.catalog.entity;

import dev.vitrine.shared.BaseEntity;
import dev.vitrine.shared.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A picture of a product; the first in order is its main image. */
@Entity
@Table(name = "product_image")
public class ProductImage extends BaseEntity {

    public static final int PATH_LENGTH = 500;
    public static final int ALT_LENGTH = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    /** Where the file lives in the media store, relative to it. */
    @Column(nullable = false, length = PATH_LENGTH)
    private String path;

    @Size(max = ALT_LENGTH)
    @Column(name = "alt_text", length = ALT_LENGTH)
    private String altText;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ProductImage() {
        // for JPA
    }

    ProductImage(Product product, String path, String altText, int sortOrder) {
        this.product = product;
        this.path = path;
        this.altText = altText;
        this.sortOrder = sortOrder;
    }

    public String getPath() {
        return path;
    }

    public String getAltText() {
        return altText;
    }

    /** What the picture shows, for those who can't see it (and search engines); empty: the product's name. */
    public void setAltText(String altText) {
        this.altText = Texts.strippedOrNull(altText);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
