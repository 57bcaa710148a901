package dev.vitrine.news.entity;

import dev.vitrine.catalog.entity.Category;
import dev.vitrine.shared.RecyclableEntity;
import dev.vitrine.shared.Slugs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A news article. The public sees it once it is {@link ArticleStatus#PUBLISHED} and its publish time,
 * in the shop's time zone, has come.
 */
@Entity
@Table(name = "article")
@NamedQuery(name = Article.FIND_VISIBLE_BY_SLUG,
        query = "SELECT a FROM Article a JOIN FETCH a.category WHERE a.slug = :slug AND" + Article.IS_VISIBLE)
@NamedQuery(name = Article.COUNT_VISIBLE, query = "SELECT COUNT(a)" + Article.VISIBLE)
@NamedQuery(name = Article.COUNT_VISIBLE_IN, query = "SELECT COUNT(a)" + Article.VISIBLE + Article.IN_CATEGORY)
@NamedQuery(name = Article.LIST_VISIBLE, query = Article.CARD + Article.VISIBLE + Article.NEWEST_FIRST)
@NamedQuery(name = Article.LIST_VISIBLE_IN,
        query = Article.CARD + Article.VISIBLE + Article.IN_CATEGORY + Article.NEWEST_FIRST)
@NamedQuery(name = Article.LIST_OLDER, query = Article.CARD + Article.VISIBLE + Article.IN_CATEGORY
        + " AND (a.publishedAt < :publishedAt OR (a.publishedAt = :publishedAt AND a.id < :id))"
        + Article.NEWEST_FIRST)
@NamedQuery(name = Article.LIST_NEWER, query = Article.CARD + Article.VISIBLE + Article.IN_CATEGORY
        + " AND (a.publishedAt > :publishedAt OR (a.publishedAt = :publishedAt AND a.id > :id))"
        + " ORDER BY a.publishedAt ASC, a.id ASC")
public class Article extends RecyclableEntity {

    public static final String FIND_VISIBLE_BY_SLUG = "Article.findVisibleBySlug";
    public static final String COUNT_VISIBLE = "Article.countVisible";
    public static final String COUNT_VISIBLE_IN = "Article.countVisibleIn";
    public static final String LIST_VISIBLE = "Article.listVisible";
    public static final String LIST_VISIBLE_IN = "Article.listVisibleIn";
    public static final String LIST_OLDER = "Article.listOlder";
    public static final String LIST_NEWER = "Article.listNewer";
    static final String CARD = "SELECT NEW dev.vitrine.news.entity.ArticleCard(a.slug, a.title, a.summary, a.coverPath,"
            + " a.publishedAt)";
    static final String IS_VISIBLE = " a.status = dev.vitrine.news.entity.ArticleStatus.PUBLISHED AND a.publishedAt <= :now"
            + " AND a.deletedAt IS NULL";
    static final String VISIBLE = " FROM Article a JOIN a.category c WHERE" + IS_VISIBLE;
    static final String IN_CATEGORY = " AND c = :category";
    static final String NEWEST_FIRST = " ORDER BY a.publishedAt DESC, a.id DESC";
    public static final int TITLE_LENGTH = 300;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int PATH_LENGTH = 500;

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
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Size(max = SUMMARY_LENGTH)
    @Column(length = SUMMARY_LENGTH)
    private String summary;

    /** Sanitized HTML (see {@code RichText}); never raw user input. */
    @Column(name = "body")
    private String body;

    @Size(max = PATH_LENGTH)
    @Column(name = "cover_path", length = PATH_LENGTH)
    private String coverPath;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    /** In the shop's time zone, to the second. */
    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    protected Article() {
        // for JPA
    }

    public Article(Category category, String slug, String title) {
        this.category = category;
        this.slug = slug;
        this.title = title;
    }

    /** Publishes the article at {@code when}: now, or later to schedule it. */
    public void publish(LocalDateTime when) {
        this.publishedAt = Objects.requireNonNull(when).withNano(0);
        this.status = ArticleStatus.PUBLISHED;
    }

    /** Back to a draft: the public no longer sees it. */
    public void unpublish() {
        this.status = ArticleStatus.DRAFT;
    }

    /** Whether the public may see the article at {@code now}, in the shop's time zone. */
    public boolean isVisibleAt(LocalDateTime now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now)
                && !isDeleted();
    }

    /** Published, but its time has not come yet. */
    public boolean isScheduledAt(LocalDateTime now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Category getCategory() {
        return category;
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

    public ArticleStatus getStatus() {
        return status;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
