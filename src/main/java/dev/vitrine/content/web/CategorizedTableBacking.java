package dev.vitrine.content.web;

import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryKind;
import dev.vitrine.content.service.CategoryService;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.List;

/** A table of items that belong to categories, which it can be narrowed to. */
public abstract class CategorizedTableBacking<T extends CategorizedItem> extends ItemTableBacking<T> {

    private static final long serialVersionUID = 1L;

    @Inject
    private CategoryService categories;

    private List<Category> categoryChoices;
    private Long categoryId;

    protected abstract CategoryKind categoryKind();

    @PostConstruct
    void loadCategories() {
        categoryChoices = categories.listCategories(categoryKind());
    }

    @Override
    protected Long categoryFilter() {
        return categoryId;
    }

    public List<Category> getCategoryChoices() {
        return categoryChoices;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }
}
