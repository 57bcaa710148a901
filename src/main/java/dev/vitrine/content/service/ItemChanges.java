package dev.vitrine.content.service;

import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemStatus;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.shared.ContentChange;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * What a change to an item means for the public pages: its own page and the pages that show it, every list
 * of its kind, and, when it may have changed places among the visible items of its group (published, moved
 * in time, to another category, to the bin), the pages whose neighbours follow that order.
 */
final class ItemChanges {

    /** Where an item stands among the visible items: what the neighbours of its group's pages follow. */
    record Standing(ItemStatus status, LocalDateTime publishedAt, LocalDateTime deletedAt, Object group) {

        static Standing of(PublishedItem item) {
            Object group = item instanceof CategorizedItem categorized && categorized.getCategory() != null
                    ? categorized.getCategory().getId()
                    : "all";
            return new Standing(item.getStatus(), item.getPublishedAt(), item.getDeletedAt(), group);
        }
    }

    private ItemChanges() {}

    /**
     * @param before where the item stood before the change; null for a new item or one that just appeared
     */
    static ContentChange of(ItemKind kind, long id, Standing before, Standing after) {
        String name = kind.name();
        Set<String> tags = new HashSet<>(Set.of(ContentChange.item(name, id), ContentChange.list(name)));
        if (!after.equals(before)) {
            tags.add(ContentChange.order(name, after.group()));
            if (before != null) {
                tags.add(ContentChange.order(name, before.group()));
            }
        }
        return ContentChange.of(tags);
    }
}
