package dev.vitrine.catalog.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.catalog.entity.Category;
import dev.vitrine.catalog.entity.Product;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.Paging;
import dev.vitrine.shared.Reordering;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.db.Places;
import dev.vitrine.shared.text.RichText;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewCountService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Products in the back office: everything an editor does to them, each change audited. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class ProductEditService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private AuditService audit;
    @Inject
    private ShopClock clock;
    @Inject
    private ViewCountService viewCounts;

    /** One page of products, in the recycle bin or not, optionally of one category and matching a search. */
    public PageResult<Product> list(boolean inBin, Category category, String search, int page, int pageSize) {
        String where = " FROM Product p JOIN p.category c WHERE p.deletedAt IS " + (inBin ? "NOT NULL" : "NULL")
                + (category == null ? "" : " AND c = :category")
                + (search == null || search.isBlank() ? "" : " AND (LOWER(p.name) LIKE :search OR p.slug LIKE :search)");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + where, Long.class);
        TypedQuery<Product> list = em.createQuery("SELECT p" + where
                + (inBin ? " ORDER BY p.deletedAt DESC" : " ORDER BY c.sortOrder, p.sortOrder, p.id"), Product.class);
        for (TypedQuery<?> query : List.of(count, list)) {
            if (category != null) {
                query.setParameter("category", category);
            }
            if (search != null && !search.isBlank()) {
                query.setParameter("search", "%" + search.trim().toLowerCase(java.util.Locale.ROOT) + "%");
            }
        }
        long total = count.getSingleResult();
        List<Product> products = list.setFirstResult(Paging.firstResult(page, pageSize)).setMaxResults(pageSize)
                .getResultList();
        // The list page shows each one's category after the transaction, when a lazy one can't load any more.
        products.forEach(item -> item.getCategory().getName());
        return new PageResult<>(products, page, pageSize, total);
    }

    /** A product with its images and specs loaded, to edit. */
    public Product getForEdit(long id) {
        Product product = get(id);
        product.getImages();
        product.getSpecs();
        return product;
    }

    /** Saves a new product at the end of its category, or an edited one if nobody changed it meanwhile. */
    public Product save(Product product) {
        if (product.getSlug() == null || product.getSlug().isBlank()) {
            String fromName = Slugs.fromTitle(product.getName());
            product.setSlug(fromName.isEmpty() ? "product-" + Long.toString(System.currentTimeMillis(), 36) : fromName);
        }
        rejectDuplicateSlug(product);
        product.setDescription(RichText.sanitize(product.getDescription()));
        String action = product.isNew() ? "CREATE" : "UPDATE"; // a persisted one is no longer new
        try {
            Product saved;
            if (product.isNew()) {
                product.setSortOrder(nextSortOrder(product.getCategory()));
                em.persist(product);
                em.flush();
                viewCounts.startCounter(ViewedItem.product(product.getId()));
                saved = product;
            } else {
                placeInCategory(product);
                saved = em.merge(product);
                em.flush();
            }
            audit.record(action, "PRODUCT", saved.getId(), saved.getName());
            return getForEdit(saved.getId());
        } catch (OptimisticLockException e) {
            throw new StaleEntityException();
        }
    }

    public void moveToBin(long id) {
        Product product = get(id);
        product.moveToBin(clock.now());
        audit.record("DELETE", "PRODUCT", id, product.getName());
    }

    public void restore(long id) {
        Product product = get(id);
        product.restore();
        audit.record("RESTORE", "PRODUCT", id, product.getName());
    }

    /** Deletes a product in the recycle bin for good, with its view counts. */
    public void deleteForever(long id) {
        Product product = get(id);
        if (!product.isDeleted()) {
            throw new NotFoundException();
        }
        viewCounts.deleteCounts(ViewedItem.product(id));
        em.remove(product);
        audit.record("PURGE", "PRODUCT", id, product.getName());
    }

    /**
     * Moves a product one place up (towards the start) or down within its category. Places change no
     * version (see {@link Places}): whoever is editing one of the products can still save it.
     */
    public void move(long id, boolean up) {
        Product product = get(id);
        List<Product> siblings = em.createQuery("SELECT p FROM Product p WHERE p.category = :category"
                + " AND p.deletedAt IS NULL ORDER BY p.sortOrder, p.id", Product.class)
                .setParameter("category", product.getCategory())
                .getResultList();
        Reordering.moveOnePlace(siblings, product, up).ifPresent(moved -> {
            Places.number(em, "product", moved);
            audit.record("MOVE", "PRODUCT", id, product.getName() + (up ? " up" : " down"));
        });
    }

    /** A product moved to another category goes to the end of it. */
    private void placeInCategory(Product edited) {
        Product stored = get(edited.getId());
        if (!stored.getCategory().getId().equals(edited.getCategory().getId())) {
            Places.put(em, "product", stored, nextSortOrder(edited.getCategory()));
        }
    }

    private int nextSortOrder(Category category) {
        Integer max = em.createQuery("SELECT MAX(p.sortOrder) FROM Product p WHERE p.category = :category", Integer.class)
                .setParameter("category", category)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private void rejectDuplicateSlug(Product product) {
        List<Long> owners = em.createQuery("SELECT p.id FROM Product p WHERE p.slug = :slug", Long.class)
                .setParameter("slug", product.getSlug())
                .getResultList();
        if (owners.stream().anyMatch(owner -> !owner.equals(product.getId()))) {
            throw new DuplicateSlugException();
        }
    }

    private Product get(long id) {
        Product product = em.find(Product.class, id);
        if (product == null) {
            throw new NotFoundException();
        }
        return product;
    }
}
