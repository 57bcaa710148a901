package dev.vitrine.news.web;

import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.web.ItemLanguages;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.NewsService;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.PublicRoutes;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.shared.web.Responses;
import dev.vitrine.views.entity.ViewedItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** An article page ({@code /news/<slug>}) with its neighbours; each honest view is counted. */
@Named
@RequestScoped
public class ArticleBacking {

    @Inject
    private NewsService news;

    @Inject
    private RenderedPage rendered;

    @Inject
    private HttpServletRequest request;

    @Inject
    private PageLanguage language;

    private Article article;
    private String views;
    private ItemCard previous;
    private ItemCard next;

    /** Loads the article and its neighbours; an unknown, draft or scheduled article is a 404. */
    public void load() {
        Object slug = request.getAttribute(PublicRoutes.SLUG);
        Optional<NewsService.ArticlePage> page = PublicRoutes.isPlausibleSlug(slug)
                ? news.findArticlePage(language.in(), (String) slug)
                : Optional.empty();
        if (page.isEmpty()) {
            Responses.notFound();
            return;
        }
        ItemLanguages.shows(language, ItemKind.ARTICLE, page.get().shown());
        article = page.get().article();
        previous = page.get().previous().orElse(null);
        next = page.get().next().orElse(null);
        views = rendered.countsViewsOf(ViewedItem.article(article.getId()));
        String kind = ItemKind.ARTICLE.name();
        rendered.shows(ContentChange.item(kind, article.getId()));
        rendered.shows(ContentChange.order(kind, article.getCategory().getId()));
        for (ItemCard neighbour : new ItemCard[] {previous, next}) {
            if (neighbour != null) {
                rendered.shows(ContentChange.item(kind, neighbour.getId()));
            }
        }
    }

    public Article getArticle() {
        return article;
    }

    /** Where the view count goes (each request puts its own, counting its view). */
    public String getViews() {
        return views;
    }

    public ItemCard getPrevious() {
        return previous;
    }

    public ItemCard getNext() {
        return next;
    }
}
