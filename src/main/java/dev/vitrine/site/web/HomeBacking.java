package dev.vitrine.site.web;

import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.news.service.NewsService;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.site.entity.Banner;
import dev.vitrine.site.entity.FriendlyLink;
import dev.vitrine.site.service.HomeEntryService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page ({@code /}): its blocks' content (banners, featured products, latest news, friendly links). */
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

    @Inject
    private HomeEntryService entries;

    @Inject
    private ShopClock clock;

    private List<ItemCard> featured;
    private List<ItemCard> latestNews;
    private List<Banner> banners;
    private List<FriendlyLink> links;

    @PostConstruct
    void load() {
        rendered.shows(ContentChange.list(ItemKind.PRODUCT.name()));
        rendered.shows(ContentChange.list(ItemKind.ARTICLE.name()));
        featured = catalog.listFeaturedProducts(language.in(), FEATURED);
        latestNews = news.listLatest(language.in(), LATEST_NEWS);
        rendered.shows(HomeEntryService.HOME);
        banners = entries.showingBanners(clock.now());
        links = entries.list(FriendlyLink.class);
    }

    /**
     * Where a banner leads: an address of this site in the page's language ({@code /products} is {@code
     * /en/products} on the English pages), another site's as it is; null: nowhere.
     */
    public String href(Banner banner) {
        String link = banner.getLink();
        return link == null || !link.startsWith("/") ? link : language.getBase() + link;
    }

    public List<Banner> getBanners() {
        return banners;
    }

    public List<FriendlyLink> getLinks() {
        return links;
    }

    public List<ItemCard> getFeatured() {
        return featured;
    }

    public List<ItemCard> getLatestNews() {
        return latestNews;
    }
}
