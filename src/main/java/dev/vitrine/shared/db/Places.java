package dev.vitrine.shared.db;

import dev.vitrine.shared.BaseEntity;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes where items stand in a list staff order by hand ({@code sort_order}). A place is not content, so
 * changing it must not give the item a new version (someone editing it would be told it changed): the
 * column is {@code updatable = false} for the entity, and places are written here with plain SQL, which
 * neither JPA provider versions (a JPQL bulk update is versioned by EclipseLink, not by Hibernate). Staff
 * order a list by moving an item one place up or down, never by typing numbers.
 */
public final class Places {

    private Places() {}

    /** Numbers the rows of {@code table} 1, 2, 3... in the order given, writing only those that change. */
    public static void number(EntityManager em, String table, List<? extends BaseEntity> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            put(em, table, ordered.get(i), i + 1);
        }
    }

    /** Gives one row a place. */
    public static void put(EntityManager em, String table, BaseEntity item, int place) {
        em.createNativeQuery("UPDATE " + table + " SET sort_order = ?1 WHERE id = ?2 AND sort_order <> ?3")
                .setParameter(1, place)
                .setParameter(2, item.getId())
                .setParameter(3, place)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(item.getClass(), item.getId());
    }

    /**
     * The items in their new order once {@code item} moved one place towards the start ({@code up}) or the
     * end; empty when there is nothing to do (it is already at that end, or not in the list).
     */
    public static <T> Optional<List<T>> moveOnePlace(List<T> items, T item, boolean up) {
        int index = items.indexOf(item);
        int target = up ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= items.size()) {
            return Optional.empty();
        }
        List<T> moved = new ArrayList<>(items);
        moved.add(target, moved.remove(index));
        return Optional.of(moved);
    }
}
