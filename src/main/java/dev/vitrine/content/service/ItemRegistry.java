package dev.vitrine.content.service;

import dev.vitrine.content.entity.ItemKind;
import jakarta.persistence.EntityManager;

/**
 * The row every item has in {@code item}, which its translations, revisions and view counts refer to with a
 * foreign key: made with the item, and removed after everything that refers to it (see {@code ItemPurged}).
 */
final class ItemRegistry {

    private ItemRegistry() {}

    /** Registers an item just persisted (and flushed, so it has its id). */
    static void add(EntityManager em, ItemKind kind, long id) {
        em.createNativeQuery("INSERT INTO item (id, kind) VALUES (?1, ?2)")
                .setParameter(1, id)
                .setParameter(2, kind.name())
                .executeUpdate();
    }

    /** Forgets an item once what referred to it is gone: pending removals are written first. */
    static void remove(EntityManager em, long id) {
        em.flush();
        em.createNativeQuery("DELETE FROM item WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }
}
