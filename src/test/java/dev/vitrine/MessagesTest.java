package dev.vitrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label of the back office exists in Chinese and English, and every text the public site shows exists in
 * each of its languages, so no visitor ever sees a missing-key marker.
 */
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

    /** Messages whose arguments the browser puts in (admin.js), not MessageFormat. */
    private static final Set<String> FORMATTED_IN_THE_BROWSER = Set.of("rich.pasteRemoved");

    @Test
    void aMessageWithArgumentsKeepsItsApostrophes() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle messages = bundle(locale);
            for (String key : messages.keySet()) {
                String pattern = messages.getString(key);
                if (pattern.matches("(?s).*\\{\\d.*") && !FORMATTED_IN_THE_BROWSER.contains(key)) {
                    // MessageFormat reads a lone ' as the start of quoted text: "can't be {0}" shows "cant be {0}".
                    String shown = new java.text.MessageFormat(pattern, locale).format(new Object[] {"X", "Y", "Z"});
                    assertEquals(
                            pattern.replace("''", "'")
                                    .chars()
                                    .filter(c -> c == '\'')
                                    .count(),
                            shown.chars().filter(c -> c == '\'').count(),
                            key + " (write '' for an apostrophe): " + shown);
                }
            }
        }
    }

    /** The public pages' facelets (the back office's are left out), and the Java that words their messages and mails. */
    private static final List<String> PUBLIC_SOURCES = List.of(
            "webapp/WEB-INF/views",
            "webapp/WEB-INF/errors",
            "webapp/WEB-INF/templates/public.xhtml",
            "webapp/WEB-INF/includes",
            "src/main/java/dev/vitrine/inquiry/web/InquiryFormBacking.java",
            "src/main/java/dev/vitrine/inquiry/service/InquiryIntakeService.java",
            "src/main/java/dev/vitrine/inquiry/service/InquiryLimits.java",
            "src/main/java/dev/vitrine/inquiry/service/InquiryMails.java");

    private static final Set<String> ADMIN_INCLUDES =
            Set.of("category-field.xhtml", "item-files.xhtml", "item-form.xhtml", "item-table.xhtml");

    private static final Pattern KEY =
            Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]|\"((inquiry|mail\\.answer)\\.[a-zA-Z.]+[a-zA-Z])\"");

    @Test
    void everyLanguageOfThePublicSiteHasEveryTextItsPagesAndMailsShow() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String source : PUBLIC_SOURCES) {
            try (Stream<Path> files = Files.walk(Path.of(source))) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(file ->
                                !ADMIN_INCLUDES.contains(file.getFileName().toString()))
                        .toList()) {
                    Matcher key = KEY.matcher(Files.readString(file));
                    while (key.find()) {
                        used.add(key.group(1) != null ? key.group(1) : key.group(2));
                    }
                }
            }
        }
        // The contact form's labels, named in a loop over its fields ('inquiry.'.concat(field)).
        used.addAll(List.of("inquiry.name", "inquiry.company", "inquiry.phone", "inquiry.email"));
        assertTrue(used.size() > 70, "found " + used);
        for (Language language : Language.values()) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle(language.locale()).keySet());
            assertEquals(Set.of(), missing, language + " lacks these");
        }
    }

    @Test
    void noLabelIsBlank() {
        for (Locale locale :
                Arrays.stream(Language.values()).map(Language::locale).toList()) {
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
