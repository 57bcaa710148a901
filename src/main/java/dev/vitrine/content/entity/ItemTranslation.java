package dev.vitrine.content.entity;

import dev.vitrine.shared.BaseEntity;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.text.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * An item's version in another language: its own address, title, summary, text and search engine fields.
 * A product's translation may have its own specification table. Everything else (state, publish time,
 * category, pictures, view count) is the item's: a translation
 * is visible exactly when its item is, and goes with it.
 */
@Entity
@Table(name = "item_translation")
@NamedQuery(
        name = ItemTranslation.OF_ITEM,
        query = "SELECT t FROM ItemTranslation t WHERE t.kind = :kind AND t.itemId = :id AND t.language = :language")
@NamedQuery(
        name = ItemTranslation.OF_ITEMS,
        query = "SELECT t FROM ItemTranslation t WHERE t.kind = :kind AND t.itemId IN :ids AND t.language = :language")
@NamedQuery(
        name = ItemTranslation.BY_SLUG,
        query = "SELECT t FROM ItemTranslation t WHERE t.kind = :kind AND t.slug = :slug AND t.language = :language")
@NamedQuery(
        name = ItemTranslation.OF_KIND,
        query = "SELECT t FROM ItemTranslation t WHERE t.kind = :kind AND t.language = :language")
@NamedQuery(
        name = ItemTranslation.ALL_OF_ITEM,
        query = "SELECT t FROM ItemTranslation t WHERE t.kind = :kind AND t.itemId = :id ORDER BY t.language")
@NamedQuery(
        name = ItemTranslation.DELETE_OF_ITEM,
        query = "DELETE FROM ItemTranslation t WHERE t.kind = :kind AND t.itemId = :id")
public class ItemTranslation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String OF_ITEM = "ItemTranslation.ofItem";
    public static final String OF_ITEMS = "ItemTranslation.ofItems";
    public static final String OF_KIND = "ItemTranslation.ofKind";
    public static final String BY_SLUG = "ItemTranslation.bySlug";
    public static final String ALL_OF_ITEM = "ItemTranslation.allOfItem";
    public static final String DELETE_OF_ITEM = "ItemTranslation.deleteOfItem";

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", nullable = false, length = 20, updatable = false)
    private ItemKind kind;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    /** {@code en}: see {@code Language#code()}. */
    @Column(nullable = false, length = 10, updatable = false)
    private String language;

    @Size(max = Slugs.MAX_LENGTH)
    @Pattern(regexp = Slugs.PATTERN)
    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = PublishedItem.TITLE_LENGTH)
    @Column(nullable = false, length = PublishedItem.TITLE_LENGTH)
    private String title;

    @Size(max = PublishedItem.SUMMARY_LENGTH)
    @Column(length = PublishedItem.SUMMARY_LENGTH)
    private String summary;

    /** Sanitized HTML, like the item's. */
    @Column(name = "body")
    private String body;

    @Size(max = PublishedItem.SEO_TITLE_LENGTH)
    @Column(name = "seo_title", length = PublishedItem.SEO_TITLE_LENGTH)
    private String seoTitle;

    @Size(max = PublishedItem.SEO_DESCRIPTION_LENGTH)
    @Column(name = "seo_description", length = PublishedItem.SEO_DESCRIPTION_LENGTH)
    private String seoDescription;

    @Column(name = "updated_by", length = PublishedItem.USER_LENGTH)
    private String updatedBy;

    /** A product's specification table in this language; empty: the product's own shows. */
    @ElementCollection
    @CollectionTable(name = "item_translation_spec", joinColumns = @JoinColumn(name = "translation_id"))
    @OrderColumn(name = "sort_order")
    private List<SpecRow> specs = new ArrayList<>();

    protected ItemTranslation() {
        // for JPA
    }

    public ItemTranslation(ItemKind kind, long itemId, String language) {
        this.kind = kind;
        this.itemId = itemId;
        this.language = language;
    }

    /**
     * The item as this translation shows it: its texts in place of the item's. Only for an item no
     * persistence context holds any more (a detached one, as services return them): it is never saved.
     */
    public <T extends PublishedItem> T applyTo(T item) {
        item.setSlug(slug);
        item.setTitle(title);
        item.setSummary(summary);
        item.setBody(body);
        item.setSeoTitle(seoTitle);
        item.setSeoDescription(seoDescription);
        if (item instanceof Specified specified && !specs.isEmpty()) {
            specified.replaceSpecs(specs);
        }
        return item;
    }

    /** The card of a list, as this translation shows it. */
    public ItemCard applyTo(ItemCard card) {
        return new ItemCard(card.getId(), slug, title, summary, card.getCoverPath(), card.getPublishedAt());
    }

    public ItemKind getKind() {
        return kind;
    }

    public long getItemId() {
        return itemId;
    }

    public String getLanguage() {
        return language;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    /** Sets the body, which the caller must have sanitized. */
    public void setBody(String sanitizedHtml) {
        this.body = sanitizedHtml;
    }

    public String getSeoTitle() {
        return seoTitle;
    }

    public void setSeoTitle(String seoTitle) {
        this.seoTitle = Texts.strippedOrNull(seoTitle);
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    public void setSeoDescription(String seoDescription) {
        this.seoDescription = Texts.strippedOrNull(seoDescription);
    }

    public List<SpecRow> getSpecs() {
        return specs;
    }

    public void replaceSpecs(List<SpecRow> rows) {
        specs.clear();
        specs.addAll(rows);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }
}
