package dev.vitrine.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a visitor reads the site in: the one they chose with the switch (kept in a cookie, not a
 * session), else the first of their browser's languages that the site speaks, else Chinese.
 */
@Named
@RequestScoped
public class VisitorLocale {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String COOKIE = "vitrine_lang";

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = of(request);
        }
        return locale;
    }

    /** The language of a request, for code outside a request scope. */
    public static Locale of(HttpServletRequest request) {
        return choose(
                cookieValue(request),
                Collections.list(request.getLocales()),
                request.getHeader("Accept-Language") != null);
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

    private static Optional<String> cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
