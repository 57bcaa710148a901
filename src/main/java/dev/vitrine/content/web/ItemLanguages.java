package dev.vitrine.content.web;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.web.PageLanguage;
import java.util.EnumMap;
import java.util.Map;

/** Tells a page's language switch and alternates which item it shows, at which address in each language. */
public final class ItemLanguages {

    private ItemLanguages() {}

    public static void shows(PageLanguage language, ItemKind kind, Localized<?> shown) {
        Map<Language, String> paths = new EnumMap<>(Language.class);
        shown.slugs().forEach((each, slug) -> paths.put(each, kind.path(slug)));
        language.showsItem(paths, kind.listPath(), shown.isUntranslated());
    }
}
