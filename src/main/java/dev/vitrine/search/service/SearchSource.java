package dev.vitrine.search.service;

import dev.vitrine.content.entity.ItemKind;
import java.time.LocalDateTime;

/** An item as the search index holds it: where it is, its title, summary and text (no markup), its date. */
public record SearchSource(
        ItemKind kind, long id, String path, String title, String summary, String text, LocalDateTime published) {

    /** The index's key of the item. */
    public String key() {
        return kind.name() + ":" + id;
    }
}
