package dev.vitrine.news.entity;

import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A news article: listed newest first in its category, with links to the one before and after. */
@Entity
@Table(name = "article")
@NamedEntityGraph(name = Article.WHOLE, attributeNodes = @NamedAttributeNode("category"))
@NamedQuery(
        name = Article.FIND_VISIBLE_BY_SLUG,
        query = "SELECT a FROM Article a JOIN FETCH a.category WHERE a.slug = :slug AND" + Article.IS_VISIBLE)
@NamedQuery(name = Article.COUNT_VISIBLE, query = "SELECT COUNT(a)" + Article.VISIBLE)
@NamedQuery(name = Article.COUNT_VISIBLE_IN, query = "SELECT COUNT(a)" + Article.VISIBLE + Article.IN_CATEGORY)
@NamedQuery(name = Article.LIST_VISIBLE, query = Article.CARD + Article.VISIBLE + Article.NEWEST_FIRST)
@NamedQuery(
        name = Article.LIST_VISIBLE_IN,
        query = Article.CARD + Article.VISIBLE + Article.IN_CATEGORY + Article.NEWEST_FIRST)
@NamedQuery(
        name = Article.LIST_OLDER,
        query = Article.CARD + Article.VISIBLE + Article.IN_CATEGORY
                + " AND (a.publishedAt < :publishedAt OR (a.publishedAt = :publishedAt AND a.id < :id))"
                + Article.NEWEST_FIRST)
@NamedQuery(
        name = Article.LIST_NEWER,
        query = Article.CARD + Article.VISIBLE + Article.IN_CATEGORY
                + " AND (a.publishedAt > :publishedAt OR (a.publishedAt = :publishedAt AND a.id > :id))"
                + " ORDER BY a.publishedAt ASC, a.id ASC")
public class Article extends CategorizedItem {

    private static final long serialVersionUID = 1L;

    /** The entity graph that loads everything an edit or preview page shows. */
    public static final String WHOLE = "Article.whole";

    public static final String FIND_VISIBLE_BY_SLUG = "Article.findVisibleBySlug";
    public static final String COUNT_VISIBLE = "Article.countVisible";
    public static final String COUNT_VISIBLE_IN = "Article.countVisibleIn";
    public static final String LIST_VISIBLE = "Article.listVisible";
    public static final String LIST_VISIBLE_IN = "Article.listVisibleIn";
    public static final String LIST_OLDER = "Article.listOlder";
    public static final String LIST_NEWER = "Article.listNewer";
    static final String CARD = "SELECT NEW dev.vitrine.content.entity.ItemCard(a.slug, a.title, a.summary,"
            + " a.coverPath, a.publishedAt)";
    static final String IS_VISIBLE = " a.status = dev.vitrine.content.entity.ItemStatus.PUBLISHED"
            + " AND a.publishedAt <= :now AND a.deletedAt IS NULL";
    static final String VISIBLE = " FROM Article a JOIN a.category c WHERE" + IS_VISIBLE;
    static final String IN_CATEGORY = " AND c = :category";
    static final String NEWEST_FIRST = " ORDER BY a.publishedAt DESC, a.id DESC";

    protected Article() {
        // for JPA
    }

    public Article(Category category, String slug, String title) {
        super(category, slug, title);
    }
}
