package dev.vitrine.content.service;

import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemKind;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The edit service of a kind whose items belong to a category: tables filter by it, restores find it again. */
public abstract class CategorizedEditService<T extends CategorizedItem> extends ItemEditService<T> {

    protected CategorizedEditService(Class<T> type, ItemKind kind) {
        super(type, kind);
    }

    @Override
    protected void narrow(CriteriaBuilder cb, Root<T> root, ItemFilter filter, List<Predicate> predicates) {
        if (filter.categoryId() != null) {
            predicates.add(cb.equal(root.get("category").get("id"), filter.categoryId()));
        }
    }

    @Override
    protected void fetchForList(Root<T> root) {
        root.fetch("category");
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
