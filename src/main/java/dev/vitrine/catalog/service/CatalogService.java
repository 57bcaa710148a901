package dev.vitrine.catalog.service;

import dev.vitrine.catalog.entity.Category;
import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.entity.ProductCard;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.Paging;
import dev.vitrine.shared.text.RichText;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewCountService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Products as the public sees them, and the creation of new ones. */
@Stateless
public class CatalogService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ViewCountService viewCounts;

    /** A published product with its images and specs loaded, ready to show. */
    public Optional<Product> findPublishedProduct(String slug) {
        Optional<Product> product = em.createNamedQuery(Product.FIND_PUBLISHED_BY_SLUG, Product.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
        // Loaded here, inside the transaction: a detached entity can't load them lazily on every provider.
        product.ifPresent(p -> {
            p.getImages();
            p.getSpecs();
        });
        return product;
    }

    /** One page of published products, of one category or (with {@code null}) of all. */
    public PageResult<ProductCard> listPublishedProducts(Category category, int page, int pageSize) {
        TypedQuery<Long> count = em.createNamedQuery(
                category == null ? Product.COUNT_PUBLISHED : Product.COUNT_PUBLISHED_IN, Long.class);
        TypedQuery<ProductCard> list = em.createNamedQuery(
                category == null ? Product.LIST_PUBLISHED : Product.LIST_PUBLISHED_IN, ProductCard.class);
        if (category != null) {
            count.setParameter("category", category);
            list.setParameter("category", category);
        }
        long total = count.getSingleResult();
        List<ProductCard> items = list.setFirstResult(Paging.firstResult(page, pageSize))
                .setMaxResults(pageSize)
                .getResultList();
        return new PageResult<>(items, page, pageSize, total);
    }

    /** The products marked as featured, for the home page. */
    public List<ProductCard> listFeaturedProducts(int max) {
        return em.createNamedQuery(Product.LIST_FEATURED, ProductCard.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** Saves a new product, sanitizing its description, and starts its view counter. */
    public Product create(Product product) {
        product.setDescription(RichText.sanitize(product.getDescription()));
        em.persist(product);
        em.flush();
        viewCounts.startCounter(ViewedItem.product(product.getId()));
        return product;
    }
}
