package dev.vitrine.views.service;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.ItemPurged;
import dev.vitrine.views.entity.ViewCount;
import dev.vitrine.views.entity.ViewedItem;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stored view counts. Only ever changed by atomic {@code views = views + n} updates, which never touch
 * the counted item, so counting can't lose an update or make an editor's save fail.
 */
@Stateless
// Called by other services (counting, editing, demo content), never by a page.
@PermitAll
public class ViewCountService {

    @PersistenceContext
    private EntityManager em;

    /** Adds {@code views} to the item's total in one atomic update (also for imported or demo counts). */
    public void addViews(ViewedItem item, long views) {
        int updated = em.createNamedQuery(ViewCount.ADD)
                .setParameter("views", views)
                .setParameter("kind", item.getKind())
                .setParameter("itemId", item.getItemId())
                .executeUpdate();
        if (updated == 0) {
            // The item was created without a counter (e.g. by a data import): start one.
            em.persist(new ViewCount(item, views));
        }
    }

    /** The item's stored count, 0 if it has never been viewed. */
    public long getViews(ViewedItem item) {
        List<Long> views = em.createNamedQuery(ViewCount.GET_VIEWS, Long.class)
                .setParameter("kind", item.getKind())
                .setParameter("itemId", item.getItemId())
                .getResultList();
        return views.isEmpty() ? 0 : views.get(0);
    }

    /** The stored counts of several items of a kind, by id (items never viewed are left out). */
    public Map<Long, Long> countsOf(ItemKind kind, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "SELECT v.item.itemId, v.views FROM ViewCount v WHERE v.item.kind = :kind AND v.item.itemId IN :ids",
                        Object[].class)
                .setParameter("kind", kind)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** Forgets an item's counts, when the item is deleted for good. */
    public void deleteCounts(@Observes ItemPurged purged) {
        ItemKind kind = ItemKind.valueOf(purged.kind());
        if (kind.isCounted()) {
            deleteCounts(new ViewedItem(kind, purged.id()));
        }
    }

    private void deleteCounts(ViewedItem item) {
        em.createQuery("DELETE FROM ViewCount v WHERE v.item.kind = :kind AND v.item.itemId = :itemId")
                .setParameter("kind", item.getKind())
                .setParameter("itemId", item.getItemId())
                .executeUpdate();
        em.createQuery("DELETE FROM ViewDay d WHERE d.id.kind = :kind AND d.id.itemId = :itemId")
                .setParameter("kind", item.getKind())
                .setParameter("itemId", item.getItemId())
                .executeUpdate();
    }

    /** Starts the counter of a new item at 0. */
    public void startCounter(ViewedItem item) {
        em.persist(new ViewCount(item, 0));
    }
}
