package dev.vitrine.catalog.service;

import dev.vitrine.catalog.entity.Category;
import dev.vitrine.catalog.entity.CategoryKind;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The product and news categories. */
@Stateless
public class CategoryService {

    @PersistenceContext
    private EntityManager em;

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

    public Category create(Category category) {
        em.persist(category);
        return category;
    }
}
