package dev.vitrine.pages.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.pages.entity.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.util.List;

/** Single pages in the back office, in the order the main menu shows them. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class PageEditService extends ItemEditService<Page> {

    public PageEditService() {
        super(Page.class, ItemKind.PAGE);
    }

    @Override
    protected List<Order> listOrder(CriteriaBuilder cb, Root<Page> root) {
        return List.of(cb.asc(root.get("sortOrder")), cb.asc(root.get("id")));
    }
}
