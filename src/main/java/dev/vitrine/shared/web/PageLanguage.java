package dev.vitrine.shared.web;

import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of a public page, which its address gives ({@code /en/...} is English), and the same page in
 * the other language: for an item, its translation or its original, or, when there is none, its Chinese
 * texts under its English address or the nearest page that exists (the list of its kind), told so.
 */
@Named("language")
@RequestScoped
public class PageLanguage {

    /** Whether items without an English version show on the English pages (a site setting). */
    public interface Settings {
        boolean untranslatedInEnglish();
    }

    @Inject
    private HttpServletRequest request;

    @Inject
    private Settings settings;

    private String chinesePath;
    private String englishPath;
    private String listPath;
    private boolean untranslated;

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

    /** How this page reads items: in its language, with or without untranslated ones. */
    public InLanguage in() {
        return new InLanguage(getCurrent(), settings.untranslatedInEnglish());
    }

    /**
     * Records the item this page shows, by its paths as the Chinese site writes them.
     *
     * @param englishPath its path on the English site, or null when it has no English version
     * @param listPath the list of its kind, where the switch leads when the English site doesn't show it
     * @param untranslated whether it is shown in English without an English version
     */
    public void showsItem(String chinesePath, String englishPath, String listPath, boolean untranslated) {
        this.chinesePath = chinesePath;
        this.englishPath = englishPath;
        this.listPath = listPath;
        this.untranslated = untranslated;
    }

    /** The item is shown in English without an English version (its Chinese texts, marked as such). */
    public boolean isUntranslated() {
        return untranslated;
    }

    /** This page's path in a language ({@code /en/products/a4}), or null when it has no version there. */
    public String pathIn(Language language) {
        if (chinesePath == null) {
            return language.path(getCurrent().strip(askedPath(request)));
        }
        String path = language == Language.CHINESE ? chinesePath : englishPath;
        return path == null ? null : language.path(path);
    }

    /** Whether this page is in both languages (then it has {@code hreflang} alternates). */
    public boolean isInBoth() {
        return pathIn(Language.CHINESE) != null && pathIn(Language.ENGLISH) != null;
    }

    /**
     * Where the switch to the other language leads: this page there, with the list's category and page or
     * the search words; for an item without an English version, its Chinese texts under the English address
     * when the site shows untranslated items, else its kind's list, told that the item isn't there.
     */
    public String getSwitchTo() {
        Language other = getCurrent().other();
        String path = pathIn(other);
        if (path != null) {
            return request.getContextPath() + path + (chinesePath == null ? PageQuery.of(request) : "");
        }
        if (in().withUntranslated()) {
            return request.getContextPath() + other.path(chinesePath);
        }
        return request.getContextPath() + other.path(listPath) + "?" + PublicRoutes.UNTRANSLATED + "=1";
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
