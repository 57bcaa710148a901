package dev.vitrine.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the public site can speak, each at its own addresses: Chinese, the shop's own, at the root,
 * the others under their code ({@code /en}, {@code /ru}). Which of them a site shows is its setting; what an
 * address shows never depends on the visitor's browser. A language here has the public pages' texts in
 * {@code messages_<code>.properties}.
 */
public enum Language {
    CHINESE("zh", "zh-CN", Locale.SIMPLIFIED_CHINESE, "中文"),
    ENGLISH("en", "en", Locale.ENGLISH, "English"),
    RUSSIAN("ru", "ru", Locale.forLanguageTag("ru"), "Русский");

    private final String code;
    private final String tag;
    private final Locale locale;
    private final String nativeName;

    Language(String code, String tag, Locale locale, String nativeName) {
        this.code = code;
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** {@code zh}, {@code en}, {@code ru}: what translations store. */
    public String code() {
        return code;
    }

    /** The language tag for {@code lang} and {@code hreflang}. */
    public String tag() {
        return tag;
    }

    /** What the public addresses in this language start with: nothing, or {@code /en}. */
    public String prefix() {
        return isOriginal() ? "" : "/" + code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as its entry in the language switch reads. */
    public String nativeName() {
        return nativeName;
    }

    /** Whether this is the language items are written in first (translations are of it). */
    public boolean isOriginal() {
        return this == CHINESE;
    }

    /** Every language but the original: those items are translated to. */
    public static List<Language> translated() {
        return Arrays.stream(values())
                .filter(language -> !language.isOriginal())
                .toList();
    }

    /** The language of a code, if it is one of ours. */
    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code.equals(code))
                .findFirst();
    }

    /** The language of a path within the site: the one whose prefix it starts with, else Chinese. */
    public static Language ofPath(String path) {
        for (Language language : translated()) {
            String prefix = language.prefix();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return language;
            }
        }
        return CHINESE;
    }

    /** {@code path} without this language's prefix ({@code /en/news} → {@code /news}; {@code /en} → {@code /}). */
    public String strip(String path) {
        String rest = path.substring(prefix().length());
        return rest.isEmpty() ? "/" : rest;
    }

    /** {@code path} (of the Chinese site) in this language ({@code /news} → {@code /en/news}; {@code /} → {@code /en/}). */
    public String path(String path) {
        return prefix() + path;
    }
}
