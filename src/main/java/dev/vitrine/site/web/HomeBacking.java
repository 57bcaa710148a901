package dev.vitrine.site.web;

import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.news.service.NewsService;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.RenderedPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page ({@code /}): featured products and the latest news. */
@Named
@RequestScoped
public class HomeBacking {

    static final int FEATURED = 8;
    static final int LATEST_NEWS = 5;

    @Inject
    private CatalogService catalog;

    @Inject
    private NewsService news;

    @Inject
    private RenderedPage rendered;

    @Inject
    private PageLanguage language;

    private List<ItemCard> featured;
    private List<ItemCard> latestNews;

    @PostConstruct
    void load() {
        rendered.shows(ContentChange.list(ItemKind.PRODUCT.name()));
        rendered.shows(ContentChange.list(ItemKind.ARTICLE.name()));
        featured = catalog.listFeaturedProducts(language.in(), FEATURED);
        latestNews = news.listLatest(language.in(), LATEST_NEWS);
    }

    public List<ItemCard> getFeatured() {
        return featured;
    }

    public List<ItemCard> getLatestNews() {
        return latestNews;
    }
}
