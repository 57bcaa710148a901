package dev.vitrine.pages.service;

import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Single pages as the public sees them. */
@Stateless
@PermitAll
public class PageService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    public Optional<Page> findVisiblePage(String slug) {
        return em.createNamedQuery(Page.FIND_VISIBLE_BY_SLUG, Page.class)
                .setParameter("slug", slug)
                .setParameter("now", clock.now())
                .getResultStream()
                .findFirst();
    }

    /** The visible pages that staff put in the main menu, in their order. */
    public List<ItemCard> listMenu() {
        return em.createNamedQuery(Page.LIST_MENU, ItemCard.class)
                .setParameter("now", clock.now())
                .getResultList();
    }
}
