package dev.vitrine.content.service;

import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.shared.Language;
import java.util.Map;

/**
 * An item as a page in one language shows it, with its address in each language it has a version in (the
 * switch and the {@code hreflang} alternates lead there).
 *
 * @param item the item, with the texts of its translation in place when {@code language} is not the original
 *     and it has one (then a detached copy, never saved)
 * @param slugs its address in Chinese and in each language it is translated to
 */
public record Localized<T extends PublishedItem>(T item, Language language, Map<Language, String> slugs) {

    /** Shown in a language without a version in it: its Chinese texts, marked as such. */
    public boolean isUntranslated() {
        return !slugs.containsKey(language);
    }
}
