package dev.vitrine.content.web;

import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategorizedEditService;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.shared.web.Messages;
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
    private Long targetCategoryId;

    protected abstract ItemKind categoryKind();

    @Override
    protected abstract CategorizedEditService<T> service();

    @PostConstruct
    void loadCategories() {
        categoryChoices = categories.listCategories(categoryKind());
    }

    @Override
    protected Long categoryFilter() {
        return categoryId;
    }

    /** Moves the selected items to the category chosen for them, each to its start. */
    public void moveSelected() {
        if (targetCategoryId == null) {
            Messages.error(null, "admin.bulk.noCategory");
            return;
        }
        onSelected("admin.bulk.moved", ids -> service().moveToCategory(ids, targetCategoryId));
    }

    public Long getTargetCategoryId() {
        return targetCategoryId;
    }

    public void setTargetCategoryId(Long targetCategoryId) {
        this.targetCategoryId = targetCategoryId;
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
