package dev.vitrine.pages.service;

import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.content.service.VisibleItems;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Single pages as the public sees them (see {@link VisibleItems}). */
@Stateless
@PermitAll
public class PageService {

    /** More pages than a main menu has room for are not listed there. */
    static final int MENU_MAX = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    public Optional<Page> findVisiblePage(String slug) {
        return VisibleItems.find(em, Page.class, slug, clock.now(), null);
    }

    /** A single page in a language (see {@link VisibleItems#localized}). */
    public Optional<Localized<Page>> findPage(InLanguage in, String slug) {
        return VisibleItems.localized(em, ItemKind.PAGE, in, slug, this::findVisiblePage);
    }

    /** The visible pages that staff put in the main menu, in their order. */
    public List<ItemCard> listMenu(InLanguage in) {
        return VisibleItems.first(
                em,
                Page.class,
                in,
                clock.now(),
                (cb, page) -> cb.isTrue(page.get("inMenu")),
                (cb, page) -> List.of(cb.asc(page.get("sortOrder")), cb.asc(page.get("id"))),
                MENU_MAX);
    }
}
