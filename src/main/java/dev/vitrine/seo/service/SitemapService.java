package dev.vitrine.seo.service;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryKind;
import dev.vitrine.content.entity.ItemAddress;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.content.service.VisibleItems;
import dev.vitrine.news.entity.Article;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every public address a search engine should know, with when it last changed where that is known. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SitemapService {

    /** A path within the site and its last change (UTC), or null when a list has no date of its own. */
    public record Entry(String path, LocalDateTime lastModified) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    @Inject
    private CategoryService categories;

    public List<Entry> entries() {
        LocalDateTime now = clock.now();
        List<ItemAddress> products = VisibleItems.addresses(em, Product.class, now);
        List<ItemAddress> articles = VisibleItems.addresses(em, Article.class, now);
        List<ItemAddress> pages = VisibleItems.addresses(em, Page.class, now);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("/", latest(products, articles, pages)));
        entries.add(new Entry("/products", latest(products)));
        entries.add(new Entry("/news", latest(articles)));
        entries.add(new Entry("/contact", null));
        addCategories(entries, CategoryKind.PRODUCT, "/products");
        addCategories(entries, CategoryKind.NEWS, "/news");
        addItems(entries, "/products/", products);
        addItems(entries, "/news/", articles);
        addItems(entries, "/pages/", pages);
        return entries;
    }

    private void addCategories(List<Entry> entries, CategoryKind kind, String list) {
        for (Category category : categories.listCategories(kind)) {
            entries.add(new Entry(list + "?category=" + category.getSlug(), null));
        }
    }

    private static void addItems(List<Entry> entries, String prefix, List<ItemAddress> items) {
        for (ItemAddress item : items) {
            entries.add(new Entry(prefix + item.slug(), item.updated()));
        }
    }

    @SafeVarargs
    private static LocalDateTime latest(List<ItemAddress>... kinds) {
        LocalDateTime latest = null;
        for (List<ItemAddress> kind : kinds) {
            LocalDateTime last = kind.stream()
                    .map(ItemAddress::updated)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            if (last != null && (latest == null || last.isAfter(latest))) {
                latest = last;
            }
        }
        return latest;
    }
}
