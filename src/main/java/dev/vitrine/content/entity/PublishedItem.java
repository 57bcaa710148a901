package dev.vitrine.content.entity;

import dev.vitrine.shared.BaseEntity;
import dev.vitrine.shared.MediaPaths;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What every published item (product, article, single page) has: a title, an address, a summary, rich
 * text, a cover, a state (draft, published, or scheduled by a publish time to come), a place in its list,
 * the recycle bin, and who created and last changed it. A kind adds only what is its own.
 *
 * <p>The public sees an item once it is {@link ItemStatus#PUBLISHED}, its publish time (in the shop's time
 * zone) has come, and it is not in the recycle bin.
 */
@MappedSuperclass
public abstract class PublishedItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int PATH_LENGTH = 500;
    public static final int USER_LENGTH = 50;
    public static final int SEO_TITLE_LENGTH = 100;
    public static final int SEO_DESCRIPTION_LENGTH = 300;

    @NotBlank
    @Size(max = Slugs.MAX_LENGTH)
    @Pattern(regexp = Slugs.PATTERN)
    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Size(max = SUMMARY_LENGTH)
    @Column(length = SUMMARY_LENGTH)
    private String summary;

    /** The title search engines show, if not the title itself. */
    @Size(max = SEO_TITLE_LENGTH)
    @Column(name = "seo_title", length = SEO_TITLE_LENGTH)
    private String seoTitle;

    /** The description search engines show, if not the summary. */
    @Size(max = SEO_DESCRIPTION_LENGTH)
    @Column(name = "seo_description", length = SEO_DESCRIPTION_LENGTH)
    private String seoDescription;

    /** Sanitized HTML (see {@code RichText}); never raw user input. */
    @Column(name = "body")
    private String body;

    @Size(max = PATH_LENGTH)
    @Column(name = "cover_path", length = PATH_LENGTH)
    private String coverPath;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status = ItemStatus.DRAFT;

    /** In the shop's time zone, to the second. */
    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(nullable = false)
    private boolean featured;

    /** The place in its list, written only through {@code Places}: saving an item never changes it. */
    @Column(name = "sort_order", nullable = false, updatable = false)
    private int sortOrder;

    /** When it went to the recycle bin, in the shop's time zone; {@code null} while it is not there. */
    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    @Column(name = "created_by", length = USER_LENGTH, updatable = false)
    private String createdBy;

    @Column(name = "updated_by", length = USER_LENGTH)
    private String updatedBy;

    protected PublishedItem() {
        // for JPA
    }

    protected PublishedItem(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** Publishes the item at {@code when}: now, or later to schedule it. */
    public void publish(LocalDateTime when) {
        this.publishedAt = Objects.requireNonNull(when).withNano(0);
        this.status = ItemStatus.PUBLISHED;
    }

    /** Back to a draft: the public no longer sees it. */
    public void unpublish() {
        this.status = ItemStatus.DRAFT;
    }

    /** Whether the public may see the item at {@code now}, in the shop's time zone. */
    public boolean isVisibleAt(LocalDateTime now) {
        return status == ItemStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now) && !isDeleted();
    }

    /** Published, but its time has not come yet. */
    public boolean isScheduledAt(LocalDateTime now) {
        return status == ItemStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
    }

    /** {@code draft}, {@code scheduled} or {@code published}: the state staff see in tables and forms. */
    public String stateAt(LocalDateTime now) {
        return status == ItemStatus.DRAFT ? "draft" : isScheduledAt(now) ? "scheduled" : "published";
    }

    public void moveToBin(LocalDateTime when) {
        deletedAt = when;
    }

    public void restoreFromBin() {
        deletedAt = null;
    }

    /** Records who saves the item; the first to save it is its creator. */
    public void savedBy(String user) {
        if (createdBy == null) {
            createdBy = user;
        }
        updatedBy = user;
    }

    /** The stored pictures this item shows: its cover and those in its body. */
    public Set<String> mediaPaths() {
        Set<String> paths = new HashSet<>(MediaPaths.in(body));
        if (coverPath != null) {
            paths.add(coverPath);
        }
        return paths;
    }

    /**
     * The item's content, field by field, as text: what a revision keeps. Not content: the place in its
     * list, the recycle bin, view counts and who saved it. A kind adds its own fields after these.
     */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", slug);
        fields.put("summary", summary);
        fields.put("seoTitle", seoTitle);
        fields.put("seoDescription", seoDescription);
        fields.put("status", status.name());
        fields.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        fields.put("featured", Boolean.toString(featured));
        fields.put("cover", coverPath);
        fields.put("body", body);
        return fields;
    }

    /**
     * Puts back the content of a {@link #snapshot()}. A field the snapshot lacks (it was taken before the
     * field existed) keeps its current value.
     */
    public void restoreSnapshot(Map<String, String> fields) {
        title = fields.getOrDefault("title", title);
        slug = fields.getOrDefault("slug", slug);
        summary = fields.getOrDefault("summary", summary);
        seoTitle = fields.getOrDefault("seoTitle", seoTitle);
        seoDescription = fields.getOrDefault("seoDescription", seoDescription);
        if (fields.containsKey("status")) {
            status = ItemStatus.valueOf(fields.get("status"));
        }
        if (fields.containsKey("publishedAt")) {
            String at = fields.get("publishedAt");
            publishedAt = at == null ? null : LocalDateTime.parse(at);
        }
        if (fields.containsKey("featured")) {
            featured = Boolean.parseBoolean(fields.get("featured"));
        }
        coverPath = fields.getOrDefault("cover", coverPath);
        body = fields.getOrDefault("body", body);
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

    public String getCoverPath() {
        return coverPath;
    }

    public void setCoverPath(String coverPath) {
        this.coverPath = coverPath;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** Sets the place of an item not saved yet; a saved one moves only through {@code Places}. */
    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public LocalDateTime getDeletedAt() {
        return deletedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
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

    /** The title of its page in search results: the SEO title, else the title. */
    public String pageTitle() {
        return seoTitle != null ? seoTitle : title;
    }

    /** The description of its page in search results: the SEO description, else the summary (may be null). */
    public String pageDescription() {
        return seoDescription != null ? seoDescription : summary;
    }
}
