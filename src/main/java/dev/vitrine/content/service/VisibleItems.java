package dev.vitrine.content.service;

import dev.vitrine.content.entity.ItemAddress;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemStatus;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.Paging;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the public sees of every kind of item, written once: published, its publish time come, not in the
 * recycle bin (the rule of {@link PublishedItem#isVisibleAt}), as queries. A kind's public service says
 * only which of them a list shows and in which order.
 */
public final class VisibleItems {

    /** Which visible items a list shows (a category, featured ones...). */
    @FunctionalInterface
    public interface Where<T> {
        Predicate of(CriteriaBuilder cb, Root<T> item);
    }

    /** The order of a list. */
    @FunctionalInterface
    public interface OrderBy<T> {
        List<Order> of(CriteriaBuilder cb, Root<T> item);
    }

    private VisibleItems() {}

    /** The condition that an item is visible at {@code now}. */
    public static Predicate visible(CriteriaBuilder cb, Root<? extends PublishedItem> item, LocalDateTime now) {
        return cb.and(
                cb.equal(item.get("status"), ItemStatus.PUBLISHED),
                cb.lessThanOrEqualTo(item.<LocalDateTime>get("publishedAt"), now),
                cb.isNull(item.get("deletedAt")));
    }

    /** The visible item at an address, loaded with the entity graph named {@code graph} if it has one. */
    public static <T extends PublishedItem> Optional<T> find(
            EntityManager em, Class<T> kind, String slug, LocalDateTime now, String graph) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> select = cb.createQuery(kind);
        Root<T> item = select.from(kind);
        TypedQuery<T> query =
                em.createQuery(select.select(item).where(cb.equal(item.get("slug"), slug), visible(cb, item, now)));
        if (graph != null) {
            query.setHint("jakarta.persistence.loadgraph", em.getEntityGraph(graph));
        }
        return query.getResultStream().findFirst();
    }

    /** One page of the visible items that {@code where} selects, as cards, in {@code order}. */
    public static <T extends PublishedItem> PageResult<ItemCard> page(
            EntityManager em, Class<T> kind, LocalDateTime now, Where<T> where, OrderBy<T> order, int page, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> counted = count.from(kind);
        count.select(cb.count(counted)).where(visible(cb, counted, now), where.of(cb, counted));
        long total = em.createQuery(count).getSingleResult();
        return new PageResult<>(
                cards(em, kind, now, where, order, Paging.firstResult(page, size), size), page, size, total);
    }

    /** The first {@code max} visible items that {@code where} selects, as cards, in {@code order}. */
    public static <T extends PublishedItem> List<ItemCard> first(
            EntityManager em, Class<T> kind, LocalDateTime now, Where<T> where, OrderBy<T> order, int max) {
        return cards(em, kind, now, where, order, 0, max);
    }

    /** Every visible item of a kind, whole (bodies too), for the search index. */
    public static <T extends PublishedItem> List<T> all(EntityManager em, Class<T> kind, LocalDateTime now) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> select = cb.createQuery(kind);
        Root<T> item = select.from(kind);
        return em.createQuery(select.select(item).where(visible(cb, item, now))).getResultList();
    }

    /** The address and last change (UTC) of every visible item of a kind, for the sitemap. */
    public static <T extends PublishedItem> List<ItemAddress> addresses(
            EntityManager em, Class<T> kind, LocalDateTime now) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ItemAddress> select = cb.createQuery(ItemAddress.class);
        Root<T> item = select.from(kind);
        select.select(cb.construct(ItemAddress.class, item.get("slug"), item.get("updated")))
                .where(visible(cb, item, now))
                .orderBy(cb.asc(item.get("id")));
        return em.createQuery(select).getResultList();
    }

    private static <T extends PublishedItem> List<ItemCard> cards(
            EntityManager em, Class<T> kind, LocalDateTime now, Where<T> where, OrderBy<T> order, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ItemCard> select = cb.createQuery(ItemCard.class);
        Root<T> item = select.from(kind);
        select.select(cb.construct(
                        ItemCard.class,
                        item.get("id"),
                        item.get("slug"),
                        item.get("title"),
                        item.get("summary"),
                        item.get("coverPath"),
                        item.get("publishedAt")))
                .where(visible(cb, item, now), where.of(cb, item))
                .orderBy(order.of(cb, item));
        return em.createQuery(select).setFirstResult(first).setMaxResults(max).getResultList();
    }
}
