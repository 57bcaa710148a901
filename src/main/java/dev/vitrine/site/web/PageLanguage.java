package dev.vitrine.site.web;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.InLanguage;
import dev.vitrine.content.service.Localized;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.web.PublicRoutes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The language of a public page, which its address gives ({@code /en/...} is English), and the same page in
 * the other language: the item's translation, or the item's original, or, when there is none, the nearest
 * page that exists (the list of its kind), told so.
 */
@Named("language")
@RequestScoped
public class PageLanguage {

    @Inject
    private HttpServletRequest request;

    @Inject
    private LayoutData data;

    private ItemKind itemKind;
    private Localized<?> item;

    public Language getCurrent() {
        return request.getAttribute(PublicRoutes.LANGUAGE) instanceof Language language ? language : Language.CHINESE;
    }

    public boolean isEnglish() {
        return getCurrent() == Language.ENGLISH;
    }

    /** What this language's links start with: the context path, and {@code /en} in English. */
    public String getBase() {
        return request.getContextPath() + getCurrent().prefix();
    }

    /** How this page reads items: in its language, with or without untranslated ones (a site setting). */
    public InLanguage in() {
        return new InLanguage(getCurrent(), data.settings().isUntranslatedInEnglish());
    }

    /** Records the item this page shows, for the switch and the alternates. */
    public void shows(ItemKind kind, Localized<?> shown) {
        this.itemKind = kind;
        this.item = shown;
    }

    /** The item is shown in English without an English version (its Chinese texts, marked as such). */
    public boolean isUntranslated() {
        return item != null && item.isUntranslated();
    }

    /** This page's path in a language ({@code /en/products/a4}), or null when it has no version there. */
    public String pathIn(Language language) {
        if (item == null) {
            return language.path(getCurrent().strip(SiteLayout.askedPath(request)));
        }
        String slug = item.slugIn(language);
        return slug == null ? null : language.path(itemKind.path(slug));
    }

    /** Whether this page is in both languages (then it has {@code hreflang} alternates). */
    public boolean isInBoth() {
        return pathIn(Language.CHINESE) != null && pathIn(Language.ENGLISH) != null;
    }

    /**
     * Where the switch to the other language leads: this page there, with the list's category and page or
     * the search words; for an item without a version there, its Chinese texts under the English address
     * when the site shows untranslated items, else its kind's list, told that the item isn't there.
     */
    public String getSwitchTo() {
        Language other = getCurrent().other();
        String path = pathIn(other);
        if (path != null) {
            return request.getContextPath() + path + query();
        }
        if (in().withUntranslated()) {
            return request.getContextPath() + other.path(itemKind.path(item.chineseSlug()));
        }
        return request.getContextPath() + other.path(itemKind.listPath()) + "?" + PublicRoutes.UNTRANSLATED + "=1";
    }

    /** {@code ?category=..&page=..&q=..} as asked for, on pages that have them. */
    private String query() {
        if (item != null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String name : List.of("category", "page", "q")) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                kept.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }
}
