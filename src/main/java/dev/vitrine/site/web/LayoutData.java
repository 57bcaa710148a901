package dev.vitrine.site.web;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.pages.service.PageService;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.SiteService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What every page's frame shows (settings, categories, the menu), read once and kept until a change to it
 * (see {@link ContentChange}), so that rendering a page doesn't query them each time. The values are shared
 * between requests and only read.
 */
@ApplicationScoped
public class LayoutData implements PageLanguage.Settings {

    private static final String MENU = ContentChange.list(ItemKind.PAGE.name());

    @Inject
    private SiteService site;

    @Inject
    private CategoryService categories;

    @Inject
    private PageService pages;

    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    public SiteSettings settings() {
        return kept("settings", site::getSettings);
    }

    @Override
    public List<Language> languages() {
        return settings().getLanguages();
    }

    @Override
    public boolean untranslatedShown() {
        return settings().isUntranslatedShown();
    }

    /** The settings as the pages in a language show them (see {@link SiteSettings#in(Language)}). */
    public SiteSettings settings(Language language) {
        return kept("settings " + language.code(), () -> settings().in(language));
    }

    public List<Category> categories(ItemKind kind) {
        return kept("categories " + kind, () -> categories.listCategories(kind));
    }

    /** The single pages in the main menu, in a language. */
    public List<ItemCard> menu(InLanguage in) {
        return kept("menu " + in, () -> pages.listMenu(in));
    }

    /** Forgets everything after a change to everything or to the single pages. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
        if (change.isEverything() || change.tags().contains(MENU)) {
            changes.incrementAndGet();
            values.clear();
        }
    }

    /** The value kept under {@code key}, else loaded; not kept if a change came while it was loaded. */
    @SuppressWarnings("unchecked")
    private <T> T kept(String key, Supplier<T> load) {
        Object value = values.get(key);
        if (value == null) {
            long version = changes.get();
            value = load.get();
            values.put(key, value);
            if (changes.get() != version) {
                values.remove(key);
            }
        }
        return (T) value;
    }
}
