package dev.vitrine.content.service;

import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.Paging;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One page of what the public sees of a kind that has categories, through the named queries each such
 * kind declares: {@code <Entity>.countVisible}, {@code .countVisibleIn}, {@code .listVisible} and
 * {@code .listVisibleIn} (see {@code Product} and {@code Article}), each taking {@code :now} and, for one
 * category, {@code :category}.
 */
public final class VisibleItems {

    private VisibleItems() {}

    public static PageResult<ItemCard> page(
            EntityManager em,
            Class<? extends CategorizedItem> kind,
            Category category,
            LocalDateTime now,
            int page,
            int pageSize) {
        String in = category == null ? "" : "In";
        TypedQuery<Long> count = em.createNamedQuery(kind.getSimpleName() + ".countVisible" + in, Long.class);
        TypedQuery<ItemCard> list = em.createNamedQuery(kind.getSimpleName() + ".listVisible" + in, ItemCard.class);
        for (TypedQuery<?> query : List.of(count, list)) {
            query.setParameter("now", now);
            if (category != null) {
                query.setParameter("category", category);
            }
        }
        long total = count.getSingleResult();
        List<ItemCard> items = list.setFirstResult(Paging.firstResult(page, pageSize))
                .setMaxResults(pageSize)
                .getResultList();
        return new PageResult<>(items, page, pageSize, total);
    }
}
