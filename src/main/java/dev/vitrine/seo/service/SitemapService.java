package dev.vitrine.seo.service;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemAddress;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemTranslation;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.content.service.VisibleItems;
import dev.vitrine.news.entity.Article;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.shared.Language;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every public address a search engine should know, with when it last changed where that is known. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SitemapService {

    /**
     * A path within the site, its last change (UTC; null when a list has no date of its own), and the page in
     * each language by language tag (empty when the page is in one language only).
     */
    public record Entry(String path, LocalDateTime lastModified, Map<String, String> alternates) {

        /** A page that is in both languages: listed once in each, each naming both. */
        public static List<Entry> inBoth(String chinesePath, String englishPath, LocalDateTime lastModified) {
            Map<String, String> alternates = new LinkedHashMap<>();
            alternates.put(Language.CHINESE.tag(), chinesePath);
            alternates.put(Language.ENGLISH.tag(), englishPath);
            alternates.put("x-default", chinesePath);
            return List.of(
                    new Entry(chinesePath, lastModified, alternates), new Entry(englishPath, lastModified, alternates));
        }
    }

    /** Ids in one {@code IN (...)}: well below every database's limit on parameters. */
    private static final int IDS_PER_QUERY = 1000;

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
        addInBoth(entries, "/", latest(products, articles, pages));
        addInBoth(entries, "/products", latest(products));
        addInBoth(entries, "/news", latest(articles));
        addInBoth(entries, "/contact", null);
        addCategories(entries, ItemKind.PRODUCT, "/products");
        addCategories(entries, ItemKind.ARTICLE, "/news");
        addItems(entries, ItemKind.PRODUCT, products);
        addItems(entries, ItemKind.ARTICLE, articles);
        addItems(entries, ItemKind.PAGE, pages);
        return entries;
    }

    private static void addInBoth(List<Entry> entries, String path, LocalDateTime lastModified) {
        entries.addAll(Entry.inBoth(path, Language.ENGLISH.path(path), lastModified));
    }

    private void addCategories(List<Entry> entries, ItemKind kind, String list) {
        for (Category category : categories.listCategories(kind)) {
            addInBoth(entries, list + "?category=" + category.getSlug(), null);
        }
    }

    /** Each item in Chinese, and in English when it has an English version (an untranslated one isn't listed). */
    private void addItems(List<Entry> entries, ItemKind kind, List<ItemAddress> items) {
        Map<Long, ItemTranslation> english = new HashMap<>();
        for (int from = 0; from < items.size(); from += IDS_PER_QUERY) {
            List<Long> ids = items.subList(from, Math.min(from + IDS_PER_QUERY, items.size())).stream()
                    .map(ItemAddress::id)
                    .toList();
            english.putAll(VisibleItems.translations(em, kind, ids, Language.ENGLISH));
        }
        for (ItemAddress item : items) {
            ItemTranslation translation = english.get(item.id());
            if (translation == null) {
                entries.add(new Entry(kind.path(item.slug()), item.updated(), Map.of()));
            } else {
                LocalDateTime updated =
                        translation.getUpdated().isAfter(item.updated()) ? translation.getUpdated() : item.updated();
                entries.addAll(Entry.inBoth(
                        kind.path(item.slug()), Language.ENGLISH.path(kind.path(translation.getSlug())), updated));
            }
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
