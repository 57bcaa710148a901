package dev.vitrine.shared;

import java.util.Locale;

/**
 * The languages of the public site, each at its own addresses: Chinese, the shop's own, at the root, and
 * English under {@code /en}. What an address shows never depends on the visitor's browser.
 */
public enum Language {
    CHINESE("zh", "zh-CN", "", Locale.SIMPLIFIED_CHINESE),
    ENGLISH("en", "en", "/en", Locale.ENGLISH);

    private final String code;
    private final String tag;
    private final String prefix;
    private final Locale locale;

    Language(String code, String tag, String prefix, Locale locale) {
        this.code = code;
        this.tag = tag;
        this.prefix = prefix;
        this.locale = locale;
    }

    /** {@code zh} or {@code en}: what translations store. */
    public String code() {
        return code;
    }

    /** The language tag for {@code lang} and {@code hreflang}. */
    public String tag() {
        return tag;
    }

    /** What the public addresses in this language start with: nothing, or {@code /en}. */
    public String prefix() {
        return prefix;
    }

    public Locale locale() {
        return locale;
    }

    /** Whether this is the language items are written in first (translations are of it). */
    public boolean isOriginal() {
        return this == CHINESE;
    }

    /** The other one: where the language switch leads. */
    public Language other() {
        return this == CHINESE ? ENGLISH : CHINESE;
    }

    /** The language of a path within the site, and the path without its prefix. */
    public static Language ofPath(String path) {
        return path.equals(ENGLISH.prefix) || path.startsWith(ENGLISH.prefix + "/") ? ENGLISH : CHINESE;
    }

    /** {@code path} without this language's prefix ({@code /en/news} → {@code /news}; {@code /en} → {@code /}). */
    public String strip(String path) {
        String rest = path.substring(prefix.length());
        return rest.isEmpty() ? "/" : rest;
    }

    /** {@code path} (of the Chinese site) in this language ({@code /news} → {@code /en/news}; {@code /} → {@code /en/}). */
    public String path(String path) {
        return prefix + path;
    }
}
