package dev.vitrine.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rule for slugs, the readable last part of an item's URL ({@code /products/<slug>}). */
public final class Slugs {

    public static final int MAX_LENGTH = 200;

    /** Lower-case ASCII letters and digits in groups joined by single hyphens. */
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Slugs() {}

    /**
     * A slug made from a title: its Latin letters and digits, lower case, words joined by hyphens, accents
     * dropped. Empty when the title has none (a Chinese title, say): the caller then picks a fallback.
     */
    public static String fromTitle(String title) {
        if (title == null) {
            return "";
        }
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > MAX_LENGTH) {
            plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return plain;
    }

    /**
     * The address for an item that was given none: made from its title, or when the title has no Latin
     * letters or digits, {@code prefix} and a unique-enough suffix ({@code product-mx29efo8}).
     */
    public static String forTitle(String title, String prefix) {
        String fromTitle = fromTitle(title);
        return fromTitle.isEmpty() ? prefix + "-" + Long.toString(System.currentTimeMillis(), 36) : fromTitle;
    }

    /** Whether {@code candidate} can be a slug; anything else in a URL can't name an item. */
    public static boolean isValid(String candidate) {
        return candidate != null
                && candidate.length() <= MAX_LENGTH
                && COMPILED.matcher(candidate).matches();
    }
}
