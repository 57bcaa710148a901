package dev.vitrine.news.web;

import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.NewsService;
import dev.vitrine.shared.web.ClientAddress;
import dev.vitrine.shared.web.PublicRoutes;
import dev.vitrine.shared.web.Responses;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewCounter;
import dev.vitrine.views.service.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** An article page ({@code /news/<slug>}) with its neighbours; each honest view is counted. */
@Named
@RequestScoped
public class ArticleBacking {

    @Inject
    private NewsService news;

    @Inject
    private ViewCounter viewCounter;

    @Inject
    private HttpServletRequest request;

    private Article article;
    private long views;
    private ItemCard previous;
    private ItemCard next;

    /** Loads the article and counts the view; an unknown, draft or scheduled article is a 404. */
    public void load() {
        Object slug = request.getAttribute(PublicRoutes.SLUG);
        article = PublicRoutes.isPlausibleSlug(slug)
                ? news.findVisibleArticle((String) slug).orElse(null)
                : null;
        if (article == null) {
            Responses.notFound();
            return;
        }
        views = viewCounter.view(
                ViewedItem.article(article.getId()),
                new Visit(
                        request.getMethod(),
                        ClientAddress.of(request),
                        request.getHeader("User-Agent"),
                        request.getRemoteUser() != null));
        previous = news.findPrevious(article).orElse(null);
        next = news.findNext(article).orElse(null);
    }

    public Article getArticle() {
        return article;
    }

    public long getViews() {
        return views;
    }

    public ItemCard getPrevious() {
        return previous;
    }

    public ItemCard getNext() {
        return next;
    }
}
