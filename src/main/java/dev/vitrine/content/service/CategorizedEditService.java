package dev.vitrine.content.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The edit service of a kind whose items belong to a category: tables filter by it, restores find it again. */
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public abstract class CategorizedEditService<T extends CategorizedItem> extends ItemEditService<T> {

    protected CategorizedEditService(Class<T> type, ItemKind kind) {
        super(type, kind);
    }

    @Override
    protected void narrow(CriteriaBuilder cb, Root<T> root, ItemFilter filter, List<Predicate> predicates) {
        if (filter.categoryId() != null) {
            Category category = em.find(Category.class, filter.categoryId());
            predicates.add(category == null ? cb.disjunction() : VisibleItems.inCategory(em, cb, root, category));
        }
    }

    @Override
    protected void fetchForList(Root<T> root) {
        root.fetch("category");
    }

    /**
     * Moves several items to another category of their kind, each to the start of it; those already there
     * stay where they are.
     */
    public void moveToCategory(List<Long> ids, long categoryId) {
        Category target = em.find(Category.class, categoryId);
        for (long id : ids) {
            T item = get(id);
            if (target == null || target.getKind() != item.getCategory().getKind()) {
                throw new NotFoundException();
            }
            if (!target.getId().equals(item.getCategory().getId())) {
                em.detach(item); // saved as an edit page saves it: against what is stored
                item.setCategory(target);
                save(item);
            }
        }
    }

    @Override
    protected void copyReferences(T source, T copy) {
        copy.setCategory(source.getCategory());
    }

    /** A restored revision goes back to its category, if that still exists; else it stays where it is. */
    @Override
    protected void restoreReferences(T item, Map<String, String> fields) {
        Optional.ofNullable(CategorizedItem.categoryIdIn(fields))
                .map(id -> em.find(Category.class, id))
                .filter(category -> category.getKind() == item.getCategory().getKind())
                .ifPresent(item::setCategory);
    }
}
