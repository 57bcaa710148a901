package dev.vitrine.catalog.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.catalog.entity.Product;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategorizedEditService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;

/** Products in the back office; ordered by hand within their category. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class ProductEditService extends CategorizedEditService<Product> {

    public ProductEditService() {
        super(Product.class, ItemKind.PRODUCT);
    }

    @Override
    protected List<Order> listOrder(CriteriaBuilder cb, Root<Product> root) {
        return List.of(
                cb.asc(root.get("category").get("sortOrder")), cb.asc(root.get("sortOrder")), cb.asc(root.get("id")));
    }

    @Override
    protected Predicate inListOf(CriteriaBuilder cb, Root<Product> root, Product product) {
        return cb.equal(root.get("category"), product.getCategory());
    }

    /** A product moved to another category goes to the end of it. */
    @Override
    protected boolean inSameList(Product stored, Product edited) {
        return stored.getCategory().getId().equals(edited.getCategory().getId());
    }

    @Override
    protected Optional<String> wholeGraph() {
        return Optional.of(Product.WHOLE);
    }

    @Override
    protected void fetchRest(Product product) {
        CatalogService.fetchSpecs(em, product);
    }
}
