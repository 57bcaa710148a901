package dev.vitrine.catalog.service;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.service.VisibleItems;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Products as the public sees them: published, their time has come, not in the recycle bin. */
@Stateless
@PermitAll
public class CatalogService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    /** A visible product with its category, images and specs loaded, ready to show. */
    public Optional<Product> findVisibleProduct(String slug) {
        Optional<Product> product = em.createNamedQuery(Product.FIND_VISIBLE_BY_SLUG, Product.class)
                .setParameter("slug", slug)
                .setParameter("now", clock.now())
                .setHint("jakarta.persistence.loadgraph", em.getEntityGraph(Product.WHOLE))
                .getResultStream()
                .findFirst();
        product.ifPresent(found -> fetchSpecs(em, found));
        return product;
    }

    /** Loads the specs of a product this persistence context holds (see {@link Product#WHOLE}). */
    static void fetchSpecs(EntityManager em, Product product) {
        em.createNamedQuery(Product.FETCH_SPECS, Product.class)
                .setParameter("product", product)
                .getResultList();
    }

    /** One page of visible products, of one category or (with {@code null}) of all. */
    public PageResult<ItemCard> listVisibleProducts(Category category, int page, int pageSize) {
        return VisibleItems.page(em, Product.class, category, clock.now(), page, pageSize);
    }

    /** The products marked as featured, for the home page. */
    public List<ItemCard> listFeaturedProducts(int max) {
        return em.createNamedQuery(Product.LIST_FEATURED, ItemCard.class)
                .setParameter("now", clock.now())
                .setMaxResults(max)
                .getResultList();
    }
}
