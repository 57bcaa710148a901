package dev.vitrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every label exists in both languages, so no visitor ever sees a missing-key marker. */
class MessagesTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Set<String> chinese = new TreeSet<>(bundle(Locale.SIMPLIFIED_CHINESE).keySet());
        Set<String> english = new TreeSet<>(bundle(Locale.ENGLISH).keySet());
        assertEquals(chinese, english);
    }

    @Test
    void noLabelIsBlank() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = bundle(locale);
            for (String key : bundle.keySet()) {
                assertFalse(bundle.getString(key).isBlank(), locale + " " + key);
            }
        }
    }

    /** The page puts the count in as digits (each request its own, see CachingRenderer). */
    @Test
    void theViewCountReadsLikeTheReference() {
        assertEquals(
                "点击:328",
                java.text.MessageFormat.format(
                        bundle(Locale.SIMPLIFIED_CHINESE).getString("article.views"), Long.toString(328)));
        assertEquals(
                "Views: 1328",
                java.text.MessageFormat.format(bundle(Locale.ENGLISH).getString("article.views"), Long.toString(1328)));
    }
}
