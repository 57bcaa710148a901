package dev.vitrine.news.web;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.content.web.CategorizedEditBacking;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writing or editing an article ({@code /admin/articles/edit?id=<id>}). */
@Named
@ViewScoped
public class ArticleEditBacking extends CategorizedEditBacking<Article> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleEditService articles;

    @Override
    protected ItemEditService<Article> service() {
        return articles;
    }

    @Override
    protected Article newItem() {
        return new Article(null, "", "");
    }

    @Override
    protected ItemKind categoryKind() {
        return ItemKind.ARTICLE;
    }
}
