package dev.vitrine.content.web;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.shared.web.PageLanguage;

/** Tells a page's language switch and alternates which item it shows, at which address in each language. */
public final class ItemLanguages {

    private ItemLanguages() {}

    public static void shows(PageLanguage language, ItemKind kind, Localized<?> shown) {
        language.showsItem(
                kind.path(shown.chineseSlug()),
                shown.englishSlug() == null ? null : kind.path(shown.englishSlug()),
                kind.listPath(),
                shown.isUntranslated());
    }
}
