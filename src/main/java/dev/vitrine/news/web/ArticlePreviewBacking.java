package dev.vitrine.news.web;

import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.content.web.ItemPreviewBacking;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The preview of a article ({@code /admin/articles/preview?id=<id>}). */
@Named
@RequestScoped
public class ArticlePreviewBacking extends ItemPreviewBacking<Article> {

    @Inject
    private ArticleEditService service;

    @Override
    protected ItemEditService<Article> service() {
        return service;
    }
}
