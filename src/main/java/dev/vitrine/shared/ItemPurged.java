package dev.vitrine.shared;

import java.util.Set;

/**
 * An item deleted for good, fired in the deleting transaction once it is removed: what belongs to it (view
 * counts, revisions, translations) goes with it, and the pictures it showed are unsaved uploads again unless
 * something else shows them. Observers act in the same transaction, so a failure in any of them keeps the item. Pages and the search index follow the
 * {@link ContentChange} the purge also fires.
 *
 * @param kind the kind's name ({@code PRODUCT}, {@code ARTICLE}, {@code PAGE})
 * @param mediaPaths the media files it showed
 */
public record ItemPurged(String kind, long id, Set<String> mediaPaths) {

    public ItemPurged {
        mediaPaths = Set.copyOf(mediaPaths);
    }
}
