package dev.vitrine.news.web;

import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * An article as the public will see it, whatever its state ({@code /admin/articles/preview?id=<id>}).
 * Never counted as a view: it does not go through the view counter at all.
 */
@Named
@RequestScoped
public class ArticlePreviewBacking {

    @Inject
    private ArticleEditService articles;

    private Long id;
    private Article article;

    public void load() {
        try {
            article = articles.get(id);
        } catch (NotFoundException e) {
            Responses.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Article getArticle() {
        return article;
    }
}
