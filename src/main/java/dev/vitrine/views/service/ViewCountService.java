package dev.vitrine.views.service;

import dev.vitrine.views.entity.ViewCount;
import dev.vitrine.views.entity.ViewedItem;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Counts views of product and article pages. Every page view goes through {@link #countView}, so how
 * views are counted (and later filtered and batched) is decided here alone.
 */
@Stateless
public class ViewCountService {

    @PersistenceContext
    private EntityManager em;

    /**
     * Counts one view of {@code item}.
     *
     * @return the item's count including this view, to show on the page being served
     */
    public long countView(ViewedItem item) {
        addViews(item, 1);
        return getViews(item);
    }

    /** Adds {@code views} to the item's count in one atomic update. */
    public void addViews(ViewedItem item, long views) {
        int updated = em.createNamedQuery(ViewCount.ADD)
                .setParameter("views", views)
                .setParameter("kind", item.getKind())
                .setParameter("itemId", item.getItemId())
                .executeUpdate();
        if (updated == 0) {
            // The item was created without a counter (e.g. by a data import): start one.
            startCounter(item, views);
            em.flush();
        }
    }

    /** The item's count, 0 if it has never been viewed. */
    public long getViews(ViewedItem item) {
        List<Long> views = em.createNamedQuery(ViewCount.GET_VIEWS, Long.class)
                .setParameter("kind", item.getKind())
                .setParameter("itemId", item.getItemId())
                .getResultList();
        return views.isEmpty() ? 0 : views.get(0);
    }

    /** Starts the counter of a new item, at 0 or at a number carried over from elsewhere. */
    public void startCounter(ViewedItem item, long views) {
        em.persist(new ViewCount(item, views));
    }
}
