package dev.vitrine.content.web;

import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryKind;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.shared.web.Messages;
import jakarta.inject.Inject;
import java.util.List;

/** The edit page of an item that belongs to a category: the category is chosen from those of its kind. */
public abstract class CategorizedEditBacking<T extends CategorizedItem> extends ItemEditBacking<T> {

    private static final long serialVersionUID = 1L;

    @Inject
    private CategoryService categories;

    private Long categoryId;
    private List<Category> categoryChoices;

    protected abstract CategoryKind categoryKind();

    @Override
    protected void show(T loaded) {
        categoryChoices = categories.listCategories(categoryKind());
        categoryId = loaded.getCategory() != null
                ? loaded.getCategory().getId()
                : categoryChoices.isEmpty() ? null : categoryChoices.get(0).getId();
    }

    @Override
    protected boolean prepare(T edited) {
        edited.setCategory(categoryChoices.stream()
                .filter(c -> c.getId().equals(categoryId))
                .findFirst()
                .orElse(null));
        if (edited.getCategory() == null) {
            Messages.error("form:category", "admin.categoryRequired");
            return false;
        }
        return true;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public List<Category> getCategoryChoices() {
        return categoryChoices;
    }
}
