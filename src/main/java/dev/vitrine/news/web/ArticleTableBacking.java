package dev.vitrine.news.web;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategorizedEditService;
import dev.vitrine.content.web.CategorizedTableBacking;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The back office's article table ({@code /admin/articles/list}), newest first. */
@Named
@ViewScoped
public class ArticleTableBacking extends CategorizedTableBacking<Article> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleEditService articles;

    @Override
    protected CategorizedEditService<Article> service() {
        return articles;
    }

    @Override
    protected ItemKind categoryKind() {
        return ItemKind.ARTICLE;
    }

    /** Articles are ordered by their publish time, not by hand. */
    @Override
    public boolean isMovable() {
        return false;
    }
}
