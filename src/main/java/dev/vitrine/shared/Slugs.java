package dev.vitrine.shared;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The rule for slugs, the readable last part of an item's URL ({@code /products/<slug>}). */
public final class Slugs {

    public static final int MAX_LENGTH = 200;

    /** Lower-case ASCII letters and digits in groups joined by single hyphens. */
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Slugs() {}

    /** Chinese characters, which become pinyin. */
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /**
     * A slug made from a title: Chinese characters in pinyin without tones (ICU's Han-Latin), then its
     * Latin letters and digits, lower case, words joined by hyphens, accents dropped ("ST-26 高音头" gives
     * {@code st-26-gao-yin-tou}). Empty when the title has none of them: the caller then picks a fallback.
     */
    public static String fromTitle(String title) {
        if (title == null) {
            return "";
        }
        String latin = HAN.matcher(title).find() ? Pinyin.INSTANCE.transliterate(title) : title;
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFKD)
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

    /** {@code slug} if it is free, else the first free one of {@code slug-2}, {@code slug-3}... */
    public static String unique(String slug, Predicate<String> taken) {
        String candidate = slug;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    /** ICU's transliterator, made on first use: building its tables takes a moment. */
    private static final class Pinyin {
        static final Transliterator INSTANCE = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    }

    /** Whether {@code candidate} can be a slug; anything else in a URL can't name an item. */
    public static boolean isValid(String candidate) {
        return candidate != null
                && candidate.length() <= MAX_LENGTH
                && COMPILED.matcher(candidate).matches();
    }
}
