package dev.vitrine.shared;

import java.util.Set;

/**
 * What an edit changed, in the terms of the public pages that show it: each page that was rendered records
 * the tags of what it shows, and a change names the tags it touches. Fired as a CDI event by the services,
 * and observed after the transaction commits, so nothing is refreshed from data that was rolled back.
 *
 * <p>Tags: {@link #item} for an item's own page and every page that shows it by name (its neighbours,
 * lists), {@link #list} for every list of a kind and the home page, {@link #order} for pages whose
 * neighbours depend on the order of a kind's items in one group (an article's previous and next in its
 * category). {@link #everything()} is for what every page shows: settings, categories, the menu.
 *
 * @param tags the touched tags; empty means everything
 */
public record ContentChange(Set<String> tags) {

    public ContentChange {
        tags = Set.copyOf(tags);
    }

    public static ContentChange everything() {
        return new ContentChange(Set.of());
    }

    public static ContentChange of(Set<String> tags) {
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("A change touches something");
        }
        return new ContentChange(tags);
    }

    public boolean isEverything() {
        return tags.isEmpty();
    }

    /** The tag of one item: its page, and the pages that show it by name. */
    public static String item(String kind, long id) {
        return kind + ":" + id;
    }

    /** The tag of every list of a kind (lists, the home page, the menu). */
    public static String list(String kind) {
        return "list:" + kind;
    }

    /** The tag of the order of a kind's visible items in one group (a category), which neighbours follow. */
    public static String order(String kind, Object group) {
        return "order:" + kind + ":" + group;
    }
}
