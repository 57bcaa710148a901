package dev.vitrine.news.entity;

import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.Table;

/** A news article: listed newest first in its category, with links to the one before and after. */
@Entity
@Table(name = "article")
@NamedEntityGraph(
        name = Article.WHOLE,
        attributeNodes = {@NamedAttributeNode("category"), @NamedAttributeNode("files")})
public class Article extends CategorizedItem {

    private static final long serialVersionUID = 1L;

    /** The entity graph that loads everything an edit or preview page shows. */
    public static final String WHOLE = "Article.whole";

    protected Article() {
        // for JPA
    }

    public Article(Category category, String slug, String title) {
        super(category, slug, title);
    }
}
