package dev.vitrine.search.service;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.Language;
import java.time.LocalDateTime;

/**
 * An item in one language as the search index holds it: where it is, its title, summary and text (no
 * markup), its date.
 */
public record SearchSource(
        ItemKind kind,
        long id,
        Language language,
        String path,
        String title,
        String summary,
        String text,
        LocalDateTime published) {

    /** The index's key of the item, whatever its language. */
    public String item() {
        return itemKey(kind, id);
    }

    public static String itemKey(ItemKind kind, long id) {
        return kind.name() + ":" + id;
    }
}
