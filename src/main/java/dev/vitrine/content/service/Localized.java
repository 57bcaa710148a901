package dev.vitrine.content.service;

import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.shared.Language;

/**
 * An item as a page in one language shows it, with its address in each language (the switch and the
 * {@code hreflang} alternates lead there).
 *
 * @param item the item, with the texts of its translation in place when {@code language} is not the original
 *     and it has one (then a detached copy, never saved)
 * @param chineseSlug its address in Chinese
 * @param englishSlug its address in English, or null when it has no English version
 */
public record Localized<T extends PublishedItem>(T item, Language language, String chineseSlug, String englishSlug) {

    /** Shown in English without an English version: its Chinese texts, marked as such. */
    public boolean isUntranslated() {
        return englishSlug == null && language == Language.ENGLISH;
    }
}
