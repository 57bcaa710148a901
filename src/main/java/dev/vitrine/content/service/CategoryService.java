package dev.vitrine.content.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryTree;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.db.Places;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;
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

    /** Every public page shows this (menu, side box, footer): a change refreshes them all. */
    @Inject
    private Event<ContentChange> changes;

    /** The categories of one kind, in the shop's order: depth first, each followed by its children. */
    public List<Category> listCategories(ItemKind kind) {
        return tree(kind).inOrder();
    }

    /** The categories of one kind as a tree. */
    public CategoryTree tree(ItemKind kind) {
        return new CategoryTree(read(kind));
    }

    private List<Category> read(ItemKind kind) {
        return em.createNamedQuery(Category.LIST_BY_KIND, Category.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    public Optional<Category> findCategory(ItemKind kind, String slug) {
        return em.createNamedQuery(Category.FIND_BY_SLUG, Category.class)
                .setParameter("kind", kind)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Saves a new category at the end of its kind, or an edited one if nobody changed it meanwhile. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public Category save(Category category) {
        category.dropEmptyNames();
        if (category.getSlug() == null || category.getSlug().isBlank()) {
            category.setSlug(Slugs.unique(
                    Slugs.forTitle(category.getName(), "category"),
                    slug -> findCategory(category.getKind(), slug)
                            .filter(other -> !other.getId().equals(category.getId()))
                            .isPresent()));
        }
        findCategory(category.getKind(), category.getSlug())
                .filter(other -> !other.getId().equals(category.getId()))
                .ifPresent(other -> {
                    throw new DuplicateSlugException();
                });
        Category parent =
                category.getParent() == null ? null : get(category.getParent().getId());
        if (parent != null
                && (parent.getKind() != category.getKind()
                        || !tree(category.getKind()).mayHold(parent, category))) {
            throw new BusinessException("category.parentRefused");
        }
        category.setParent(parent);
        String action = category.isNew() ? "CREATE" : "UPDATE"; // a persisted one is no longer new
        try {
            Category saved;
            boolean placed; // new, or put in another category: it goes after its new siblings
            if (category.isNew()) {
                Integer last = em.createQuery(
                                "SELECT MAX(c.sortOrder) FROM Category c WHERE c.kind = :kind", Integer.class)
                        .setParameter("kind", category.getKind())
                        .getSingleResult();
                category.setSortOrder(last == null ? 1 : last + 1);
                em.persist(category);
                saved = category;
                placed = true;
            } else {
                Category stored = get(category.getId());
                placed = !sameCategory(stored.getParent(), parent);
                saved = em.merge(category);
            }
            em.flush();
            if (placed) {
                Places.number(em, "category", new CategoryTree(read(saved.getKind()), saved.getId()).inOrder());
            }
            em.refresh(saved); // its place as stored, not as the form held it, for the cache it goes to on commit
            audit.record(action, "CATEGORY", saved.getId(), saved.getName());
            changes.fire(ContentChange.everything());
            return saved;
        } catch (OptimisticLockException e) {
            throw new StaleEntityException();
        }
    }

    /** How many items (products or articles, the recycle bin included) are in a category. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public long countContent(Category category) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        long total = 0;
        for (Class<? extends CategorizedItem> type : categorizedTypes()) {
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<? extends CategorizedItem> item = count.from(type);
            total += em.createQuery(count.select(cb.count(item)).where(cb.equal(item.get("category"), category)))
                    .getSingleResult();
        }
        return total;
    }

    /**
     * Deletes a category. If it has content, {@code moveTo} must name another category of the same kind
     * to move it to: content is never deleted along with its category.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public void delete(long id, Long moveTo) {
        Category category = get(id);
        if (!tree(category.getKind()).children(category).isEmpty()) {
            throw new BusinessException("category.hasChildren");
        }
        if (countContent(category) > 0) {
            if (moveTo == null || moveTo == id) {
                throw new BusinessException("category.hasContent");
            }
            Category target = get(moveTo);
            if (target.getKind() != category.getKind()) {
                throw new BusinessException("category.hasContent");
            }
            categorizedTypes().forEach(type -> moveAll(type, category, target));
            audit.record("MOVE_CONTENT", "CATEGORY", id, category.getName() + " -> " + target.getName());
        }
        em.remove(category);
        audit.record("DELETE", "CATEGORY", id, category.getName());
        changes.fire(ContentChange.everything());
    }

    /** The kinds of item that belong to categories, as the persistence unit knows them. */
    private List<Class<? extends CategorizedItem>> categorizedTypes() {
        return em.getMetamodel().getEntities().stream()
                .map(EntityType::getJavaType)
                .filter(CategorizedItem.class::isAssignableFrom)
                .<Class<? extends CategorizedItem>>map(type -> type.asSubclass(CategorizedItem.class))
                .toList();
    }

    private <T extends CategorizedItem> void moveAll(Class<T> type, Category from, Category to) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaUpdate<T> update = cb.createCriteriaUpdate(type);
        Root<T> item = update.from(type);
        update.set(item.<Category>get("category"), to).where(cb.equal(item.get("category"), from));
        em.createQuery(update).executeUpdate();
    }

    /**
     * Moves a category one place up or down among those in the same parent, its children with it; like
     * products' places, no version.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public void move(long id, boolean up) {
        Category category = get(id);
        tree(category.getKind()).orderAfterMoving(category, up).ifPresent(moved -> {
            Places.number(em, "category", moved);
            audit.record("MOVE", "CATEGORY", id, category.getName() + (up ? " up" : " down"));
            changes.fire(ContentChange.everything());
        });
    }

    private static boolean sameCategory(Category one, Category other) {
        return one == null ? other == null : other != null && one.getId().equals(other.getId());
    }

    private Category get(long id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new NotFoundException();
        }
        return category;
    }
}
