package dev.vitrine.moving.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.service.VisibleItems;
import dev.vitrine.moving.entity.OldAddress;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.Paging;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The old site's addresses that imports kept, and the page each leads to now. */
@Stateless
@PermitAll
public class OldAddressService {

    /** What an old address leads to: an item or a category's list. */
    public record Target(Long itemId, Long categoryId) {}

    /** An old address and where it leads now (null: to nothing visible), for the back office's list. */
    public record Redirect(String address, String to) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    /** Every old address kept, with what it leads to. */
    public Map<String, Target> all() {
        Map<String, Target> all = new HashMap<>();
        for (Object[] row : em.createNamedQuery(OldAddress.ALL, Object[].class).getResultList()) {
            all.put((String) row[0], new Target((Long) row[1], (Long) row[2]));
        }
        return all;
    }

    /** The address of the page a target is now, if visitors can see it. */
    public Optional<String> pathOf(Target target) {
        if (target.itemId() != null) {
            List<?> kinds = em.createNativeQuery("SELECT kind FROM item WHERE id = ?1")
                    .setParameter(1, target.itemId())
                    .getResultList();
            if (kinds.isEmpty()) {
                return Optional.empty();
            }
            ItemKind kind = ItemKind.valueOf(String.valueOf(kinds.get(0)));
            PublishedItem item = em.find(VisibleItems.entityOf(em, kind), target.itemId());
            return item == null || item.isDeleted() || !item.isVisibleAt(clock.now())
                    ? Optional.empty()
                    : Optional.of("/" + kind.folder() + "/" + item.getSlug());
        }
        Category category = target.categoryId() == null ? null : em.find(Category.class, target.categoryId());
        return category == null
                ? Optional.empty()
                : Optional.of("/" + category.getKind().folder() + "?category=" + category.getSlug());
    }

    /** One page of the old addresses in order, with where each leads now, for the back office. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public PageResult<Redirect> list(int page, int pageSize) {
        List<Redirect> redirects = em
                .createQuery(
                        "SELECT a.address, e.itemId, e.categoryId FROM OldAddress a JOIN a.entry e ORDER BY a.address",
                        Object[].class)
                .setFirstResult(Paging.firstResult(page, pageSize))
                .setMaxResults(pageSize)
                .getResultList()
                .stream()
                .map(row -> new Redirect(
                        (String) row[0],
                        pathOf(new Target((Long) row[1], (Long) row[2])).orElse(null)))
                .toList();
        long count =
                em.createQuery("SELECT COUNT(a) FROM OldAddress a", Long.class).getSingleResult();
        return new PageResult<>(redirects, page, pageSize, count);
    }
}
