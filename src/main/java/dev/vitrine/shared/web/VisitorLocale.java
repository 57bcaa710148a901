package dev.vitrine.shared.web;

import dev.vitrine.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a page is in. A public page's is given by its address (see {@link PublicRoutes}); for the
 * back office and sign-in it is the one staff chose with the switch (kept in a cookie, not a session), else
 * the first of their browser's languages that the site speaks, else Chinese.
 */
@Named
@RequestScoped
public class VisitorLocale {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String COOKIE = "vitrine_lang";
    static final String SUGGESTED = "vitrine_suggested";

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = of(request);
        }
        return locale;
    }

    /**
     * The language of a request, for code outside a request scope: a public page's is its address's; the
     * back office's is the one staff chose, else their browser's.
     */
    public static Locale of(HttpServletRequest request) {
        if (request.getAttribute(PublicRoutes.LANGUAGE) instanceof Language language) {
            return language.locale();
        }
        return choose(
                cookie(request, COOKIE),
                Collections.list(request.getLocales()),
                request.getHeader("Accept-Language") != null);
    }

    /**
     * Whether the home page at {@code path} suggests the English site to this visitor: their browser prefers
     * English, and they have not been told before (see {@link #suggested}). What the page shows otherwise
     * never depends on the browser.
     */
    public static boolean suggestsEnglish(HttpServletRequest request, String path) {
        return (path.equals("/") || path.equals("/index.html"))
                && request.getHeader("Accept-Language") != null
                && cookie(request, SUGGESTED).isEmpty()
                && choose(Optional.empty(), Collections.list(request.getLocales()), true)
                        .equals(ENGLISH);
    }

    /** Remembers that the visitor was told of the English site, so that they are told once. */
    public static void suggested(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(forAYear(request, SUGGESTED, "en"));
    }

    /** A cookie of this site's kept for a year, never read by scripts, not sent from other sites. */
    static Cookie forAYear(HttpServletRequest request, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** The back office's switch to the other language, coming back to this page (see {@link LanguageSwitch}). */
    public String getSwitchHref() {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return request.getContextPath() + "/lang?to=" + (isEnglish() ? "zh" : "en") + "&back="
                + URLEncoder.encode(path + (query == null ? "" : "?" + query), StandardCharsets.UTF_8);
    }

    /** The language tag for {@code <html lang>}. */
    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isEnglish() {
        return getLocale().equals(ENGLISH);
    }

    /**
     * @param chosen the visitor's choice from the switch, if any
     * @param accepted the browser's languages, best first
     * @param browserSaid whether the browser sent them at all (without the header the server makes one up)
     */
    static Locale choose(Optional<String> chosen, List<Locale> accepted, boolean browserSaid) {
        Optional<Locale> fromChoice = chosen.flatMap(VisitorLocale::supported);
        if (fromChoice.isPresent()) {
            return fromChoice.get();
        }
        if (browserSaid) {
            for (Locale candidate : accepted) {
                Optional<Locale> match = supported(candidate.getLanguage());
                if (match.isPresent()) {
                    return match.get();
                }
            }
        }
        return CHINESE;
    }

    /** The site's locale for a language code, if the site speaks it. */
    static Optional<Locale> supported(String language) {
        return switch (language.toLowerCase(Locale.ROOT)) {
            case "zh" -> Optional.of(CHINESE);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
