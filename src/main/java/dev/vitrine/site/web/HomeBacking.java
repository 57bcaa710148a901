package dev.vitrine.site.web;

import dev.vitrine.catalog.entity.ProductCard;
import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.news.entity.ArticleCard;
import dev.vitrine.news.service.NewsService;
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

    private List<ProductCard> featured;
    private List<ArticleCard> latestNews;

    @PostConstruct
    void load() {
        featured = catalog.listFeaturedProducts(FEATURED);
        latestNews = news.listLatest(LATEST_NEWS);
    }

    public List<ProductCard> getFeatured() {
        return featured;
    }

    public List<ArticleCard> getLatestNews() {
        return latestNews;
    }
}
