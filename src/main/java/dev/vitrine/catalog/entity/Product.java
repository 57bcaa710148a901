package dev.vitrine.catalog.entity;

import dev.vitrine.shared.RecyclableEntity;
import dev.vitrine.shared.Slugs;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** Something the shop sells, shown in its category in the shop's chosen order. */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.FIND_PUBLISHED_BY_SLUG,
        query = "SELECT p FROM Product p JOIN FETCH p.category WHERE p.slug = :slug AND p.published = TRUE"
                + " AND p.deletedAt IS NULL")
@NamedQuery(name = Product.COUNT_PUBLISHED, query = "SELECT COUNT(p)" + Product.PUBLISHED)
@NamedQuery(name = Product.COUNT_PUBLISHED_IN, query = "SELECT COUNT(p)" + Product.PUBLISHED + Product.IN_CATEGORY)
@NamedQuery(name = Product.LIST_PUBLISHED, query = Product.CARD + Product.PUBLISHED + Product.SHOP_ORDER)
@NamedQuery(name = Product.LIST_PUBLISHED_IN,
        query = Product.CARD + Product.PUBLISHED + Product.IN_CATEGORY + Product.SHOP_ORDER)
@NamedQuery(name = Product.LIST_FEATURED,
        query = Product.CARD + Product.PUBLISHED + " AND p.featured = TRUE" + Product.SHOP_ORDER)
public class Product extends RecyclableEntity {

    public static final String FIND_PUBLISHED_BY_SLUG = "Product.findPublishedBySlug";
    public static final String COUNT_PUBLISHED = "Product.countPublished";
    public static final String COUNT_PUBLISHED_IN = "Product.countPublishedIn";
    public static final String LIST_PUBLISHED = "Product.listPublished";
    public static final String LIST_PUBLISHED_IN = "Product.listPublishedIn";
    public static final String LIST_FEATURED = "Product.listFeatured";
    static final String CARD = "SELECT NEW dev.vitrine.catalog.entity.ProductCard(p.slug, p.name, p.summary, p.coverPath)";
    static final String PUBLISHED = " FROM Product p JOIN p.category c WHERE p.published = TRUE AND p.deletedAt IS NULL";
    static final String IN_CATEGORY = " AND c = :category";
    static final String SHOP_ORDER = " ORDER BY c.sortOrder, p.sortOrder, p.id";
    public static final int NAME_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 1000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @NotBlank
    @Size(max = Slugs.MAX_LENGTH)
    @Pattern(regexp = Slugs.PATTERN)
    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = SUMMARY_LENGTH)
    @Column(length = SUMMARY_LENGTH)
    private String summary;

    /** Sanitized HTML (see {@code RichText}); never raw user input. */
    @Column(name = "description")
    private String description;

    /** The main image's path, kept here so that lists need no join to show it. */
    @Column(name = "cover_path", length = ProductImage.PATH_LENGTH)
    private String coverPath;

    /** The place in its category, written only through {@code Places}: saving a product never changes it. */
    @Column(name = "sort_order", nullable = false, updatable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean featured;

    @Column(nullable = false)
    private boolean published;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProductImage> images = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_spec", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "sort_order")
    private List<SpecRow> specs = new ArrayList<>();

    protected Product() {
        // for JPA
    }

    public Product(Category category, String slug, String name) {
        this.category = category;
        this.slug = slug;
        this.name = name;
    }

    /** Adds a picture after the others; the first one becomes the main image. */
    public ProductImage addImage(String path, String altText) {
        ProductImage image = new ProductImage(this, path, altText, images.size());
        images.add(image);
        if (images.size() == 1) {
            coverPath = path;
        }
        return image;
    }

    /** Takes out a picture; if it was the main image, the next one becomes main. */
    public void removeImage(ProductImage image) {
        images.remove(image);
        renumberImages();
    }

    /** Makes a picture the main image by moving it first. */
    public void makeMain(ProductImage image) {
        images.remove(image);
        images.add(0, image);
        renumberImages();
    }

    private void renumberImages() {
        for (int i = 0; i < images.size(); i++) {
            images.get(i).setSortOrder(i);
        }
        coverPath = images.isEmpty() ? null : images.get(0).getPath();
    }

    public void addSpec(String specName, String specValue) {
        specs.add(new SpecRow(specName, specValue));
    }

    public void replaceSpecs(List<SpecRow> rows) {
        specs.clear();
        specs.addAll(rows);
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Category getCategory() {
        return category;
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

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    /** Sets the description, which the caller must have sanitized. */
    public void setDescription(String sanitizedHtml) {
        this.description = sanitizedHtml;
    }

    public String getCoverPath() {
        return coverPath;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public List<ProductImage> getImages() {
        return List.copyOf(images);
    }

    public List<SpecRow> getSpecs() {
        return List.copyOf(specs);
    }
}
