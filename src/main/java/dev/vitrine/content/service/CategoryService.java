package dev.vitrine.content.service;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryKind;
import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.Reordering;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.db.Places;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The product and news categories. */
@Stateless
// Explicit, because some servers (WildFly) deny methods without a role annotation in a bean that has any.
@PermitAll
public class CategoryService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private AuditService audit;

    /** The categories of one kind, in the shop's order. */
    public List<Category> listCategories(CategoryKind kind) {
        return em.createNamedQuery(Category.LIST_BY_KIND, Category.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    public Optional<Category> findCategory(CategoryKind kind, String slug) {
        return em.createNamedQuery(Category.FIND_BY_SLUG, Category.class)
                .setParameter("kind", kind)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Saves a new category at the end of its kind, or an edited one if nobody changed it meanwhile. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Category save(Category category) {
        if (category.getSlug() == null || category.getSlug().isBlank()) {
            String fromName = Slugs.fromTitle(category.getName());
            category.setSlug(fromName.isEmpty() ? "category-" + Long.toString(System.currentTimeMillis(), 36) : fromName);
        }
        findCategory(category.getKind(), category.getSlug())
                .filter(other -> !other.getId().equals(category.getId()))
                .ifPresent(other -> {
                    throw new DuplicateSlugException();
                });
        String action = category.isNew() ? "CREATE" : "UPDATE"; // a persisted one is no longer new
        try {
            Category saved;
            if (category.isNew()) {
                Integer last = em.createQuery("SELECT MAX(c.sortOrder) FROM Category c WHERE c.kind = :kind", Integer.class)
                        .setParameter("kind", category.getKind())
                        .getSingleResult();
                category.setSortOrder(last == null ? 1 : last + 1);
                em.persist(category);
                saved = category;
            } else {
                saved = em.merge(category);
            }
            em.flush();
            audit.record(action, "CATEGORY", saved.getId(), saved.getName());
            return saved;
        } catch (OptimisticLockException e) {
            throw new StaleEntityException();
        }
    }

    /** How many products or articles (bin included) are in a category. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public long countContent(Category category) {
        String entity = category.getKind() == CategoryKind.PRODUCT ? "Product" : "Article";
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.category = :category", Long.class)
                .setParameter("category", category)
                .getSingleResult();
    }

    /**
     * Deletes a category. If it has content, {@code moveTo} must name another category of the same kind
     * to move it to: content is never deleted along with its category.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public void delete(long id, Long moveTo) {
        Category category = get(id);
        if (countContent(category) > 0) {
            if (moveTo == null || moveTo == id) {
                throw new BusinessException("category.hasContent");
            }
            Category target = get(moveTo);
            if (target.getKind() != category.getKind()) {
                throw new BusinessException("category.hasContent");
            }
            String entity = category.getKind() == CategoryKind.PRODUCT ? "Product" : "Article";
            em.createQuery("UPDATE " + entity + " x SET x.category = :target WHERE x.category = :category")
                    .setParameter("target", target)
                    .setParameter("category", category)
                    .executeUpdate();
            audit.record("MOVE_CONTENT", "CATEGORY", id, category.getName() + " -> " + target.getName());
        }
        em.remove(category);
        audit.record("DELETE", "CATEGORY", id, category.getName());
    }

    /** Moves a category one place up or down among those of its kind; like products' places, no version. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public void move(long id, boolean up) {
        Category category = get(id);
        Reordering.moveOnePlace(listCategories(category.getKind()), category, up).ifPresent(moved -> {
            Places.number(em, "category", moved);
            audit.record("MOVE", "CATEGORY", id, category.getName() + (up ? " up" : " down"));
        });
    }

    private Category get(long id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new NotFoundException();
        }
        return category;
    }
}
