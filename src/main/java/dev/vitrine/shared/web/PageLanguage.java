package dev.vitrine.shared.web;

import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/**
 * The language of a public page, which its address gives ({@code /en/...} is English), and the same page in
 * the site's other languages: for an item, its translation or its original, or, when there is none, its
 * Chinese texts under that language's address or the nearest page that exists (the list of its kind), told so.
 */
@Named("language")
@RequestScoped
public class PageLanguage {

    /** The site's settings on languages. */
    public interface Settings {

        /** The languages the public site shows, the original first. */
        List<Language> languages();

        /** Whether items without a version in a language show on its pages (in Chinese). */
        boolean untranslatedShown();
    }

    /** An entry of the language switch: where it leads, or null for the language the page is in. */
    public record Switch(Language language, String href) {}

    @Inject
    private HttpServletRequest request;

    @Inject
    private Settings settings;

    private Map<Language, String> itemPaths;
    private String listPath;
    private boolean untranslated;

    public Language getCurrent() {
        return request.getAttribute(PublicRoutes.LANGUAGE) instanceof Language language ? language : Language.CHINESE;
    }

    /** What this language's links start with: the context path, and {@code /en} in English. */
    public String getBase() {
        return request.getContextPath() + getCurrent().prefix();
    }

    /** How this page reads items: in its language, with or without untranslated ones. */
    public InLanguage in() {
        return new InLanguage(getCurrent(), settings.untranslatedShown());
    }

    /**
     * Records the item this page shows.
     *
     * @param paths its path in each language it has a version in, as the Chinese site writes them
     * @param listPath the list of its kind, where the switch leads when a language doesn't show it
     * @param untranslated whether it is shown in this page's language without a version in it
     */
    public void showsItem(Map<Language, String> paths, String listPath, boolean untranslated) {
        this.itemPaths = paths;
        this.listPath = listPath;
        this.untranslated = untranslated;
    }

    /** The item is shown in this page's language without a version in it (its Chinese texts, marked as such). */
    public boolean isUntranslated() {
        return untranslated;
    }

    /** This page's path in a language ({@code /en/products/a4}), or null when it has no version there. */
    public String pathIn(Language language) {
        if (itemPaths == null) {
            return language.path(getCurrent().strip(askedPath(request)));
        }
        String path = itemPaths.get(language);
        return path == null ? null : language.path(path);
    }

    /** The site's languages this page is in (it has {@code hreflang} alternates when they are two or more). */
    public List<Language> getAlternates() {
        return settings.languages().stream()
                .filter(language -> pathIn(language) != null)
                .toList();
    }

    /** The language switch: each of the site's languages, in order, and where its entry leads. */
    public List<Switch> getSwitches() {
        return settings.languages().stream()
                .map(language -> new Switch(language, language == getCurrent() ? null : switchTo(language)))
                .toList();
    }

    /**
     * Where the switch to a language leads: this page there, with the list's category and page or the search
     * words; for an item without a version there, its Chinese texts under that language's address when the
     * site shows untranslated items, else its kind's list, told that the item isn't there.
     */
    private String switchTo(Language language) {
        String path = pathIn(language);
        if (path != null) {
            return request.getContextPath() + path + (itemPaths == null ? PageQuery.of(request) : "");
        }
        if (settings.untranslatedShown()) {
            return request.getContextPath() + language.path(itemPaths.get(Language.CHINESE));
        }
        return request.getContextPath() + language.path(listPath) + "?" + PublicRoutes.UNTRANSLATED + "=1";
    }

    /** The path the visitor asked for, within this site, before the forward to a view or an error page. */
    public static String askedPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri =
                forwarded != null ? (String) forwarded : failed != null ? (String) failed : request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }
}
