package dev.vitrine.catalog.service;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.content.service.VisibleItems;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;

/** Products as the public sees them (see {@link VisibleItems}), in the shop's order. */
@Stateless
@PermitAll
public class CatalogService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    /** A visible product with its category, images and specs loaded, ready to show. */
    public Optional<Product> findVisibleProduct(String slug) {
        Optional<Product> product = VisibleItems.find(em, Product.class, slug, clock.now(), Product.WHOLE);
        product.ifPresent(found -> fetchSpecs(em, found));
        return product;
    }

    /** A product's page in a language (see {@link VisibleItems#localized}). */
    public Optional<Localized<Product>> findProductPage(InLanguage in, String slug) {
        return VisibleItems.localized(em, ItemKind.PRODUCT, in, slug, this::findVisibleProduct);
    }

    /** One page of visible products, of one category and those below it, or (with {@code null}) of all. */
    public PageResult<ItemCard> listVisibleProducts(InLanguage in, Category category, int page, int pageSize) {
        return VisibleItems.page(
                em,
                Product.class,
                in,
                clock.now(),
                (cb, product) -> VisibleItems.inCategory(em, cb, product, category),
                CatalogService::shopOrder,
                page,
                pageSize);
    }

    /** The products marked as featured, for the home page. */
    public List<ItemCard> listFeaturedProducts(InLanguage in, int max) {
        return VisibleItems.first(
                em,
                Product.class,
                in,
                clock.now(),
                (cb, product) -> cb.isTrue(product.get("featured")),
                CatalogService::shopOrder,
                max);
    }

    /** Category by category, each in the order staff gave its products. */
    private static List<Order> shopOrder(CriteriaBuilder cb, Root<Product> product) {
        return List.of(
                cb.asc(product.join("category").get("sortOrder")),
                cb.asc(product.get("sortOrder")),
                cb.asc(product.get("id")));
    }

    /** Loads the specs and files of a product this persistence context holds (see {@link Product#WHOLE}). */
    static void fetchSpecs(EntityManager em, Product product) {
        em.createNamedQuery(Product.FETCH_SPECS, Product.class)
                .setParameter("product", product)
                .getResultList();
    }
}
