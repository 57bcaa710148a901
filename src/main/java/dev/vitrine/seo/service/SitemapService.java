package dev.vitrine.seo.service;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemAddress;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemTranslation;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.content.service.VisibleItems;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
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

        /**
         * A page in the languages it is in, by language: listed once in each, each naming all when it is in more
         * than one.
         */
        public static List<Entry> inEach(Map<Language, String> paths, LocalDateTime lastModified) {
            if (paths.size() < 2) {
                return paths.values().stream()
                        .map(path -> new Entry(path, lastModified, Map.of()))
                        .toList();
            }
            Map<String, String> alternates = new LinkedHashMap<>();
            paths.forEach((language, path) -> alternates.put(language.tag(), path));
            alternates.put("x-default", paths.get(Language.CHINESE));
            return paths.values().stream()
                    .map(path -> new Entry(path, lastModified, alternates))
                    .toList();
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

    /** Every address in the site's languages (the original first). */
    public List<Entry> entries(List<Language> languages) {
        LocalDateTime now = clock.now();
        Map<ItemKind, List<ItemAddress>> items = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            items.put(kind, VisibleItems.addresses(em, VisibleItems.entityOf(em, kind), now));
        }
        List<Entry> entries = new ArrayList<>();
        addInEach(entries, languages, "/", latest(items.values()));
        for (ItemKind kind : ItemKind.categorized()) {
            addInEach(entries, languages, kind.listPath(), latest(List.of(items.get(kind))));
        }
        addInEach(entries, languages, "/contact", null);
        for (ItemKind kind : ItemKind.categorized()) {
            addCategories(entries, languages, kind);
        }
        items.forEach((kind, addresses) -> addItems(entries, languages, kind, addresses));
        return entries;
    }

    /** A page that every language has. */
    private static void addInEach(
            List<Entry> entries, List<Language> languages, String path, LocalDateTime lastModified) {
        Map<Language, String> paths = new EnumMap<>(Language.class);
        languages.forEach(language -> paths.put(language, language.path(path)));
        entries.addAll(Entry.inEach(paths, lastModified));
    }

    private void addCategories(List<Entry> entries, List<Language> languages, ItemKind kind) {
        for (Category category : categories.listCategories(kind)) {
            addInEach(entries, languages, kind.listPath() + "?category=" + category.getSlug(), null);
        }
    }

    /**
     * Each item in Chinese, and in each other language it has a version in (an untranslated one isn't listed
     * there), changed when the item or the latest of its versions was.
     */
    private void addItems(List<Entry> entries, List<Language> languages, ItemKind kind, List<ItemAddress> items) {
        Map<Language, Map<Long, ItemTranslation>> translations = new EnumMap<>(Language.class);
        for (Language language : languages.subList(1, languages.size())) {
            Map<Long, ItemTranslation> inLanguage = new HashMap<>();
            for (int from = 0; from < items.size(); from += IDS_PER_QUERY) {
                List<Long> ids = items.subList(from, Math.min(from + IDS_PER_QUERY, items.size())).stream()
                        .map(ItemAddress::id)
                        .toList();
                inLanguage.putAll(VisibleItems.translations(em, kind, ids, language));
            }
            translations.put(language, inLanguage);
        }
        for (ItemAddress item : items) {
            Map<Language, String> paths = new EnumMap<>(Language.class);
            paths.put(Language.CHINESE, kind.path(item.slug()));
            LocalDateTime updated = item.updated();
            for (Map.Entry<Language, Map<Long, ItemTranslation>> language : translations.entrySet()) {
                ItemTranslation translation = language.getValue().get(item.id());
                if (translation != null) {
                    paths.put(language.getKey(), language.getKey().path(kind.path(translation.getSlug())));
                    updated = translation.getUpdated().isAfter(updated) ? translation.getUpdated() : updated;
                }
            }
            entries.addAll(Entry.inEach(paths, updated));
        }
    }

    private static LocalDateTime latest(Collection<List<ItemAddress>> kinds) {
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
