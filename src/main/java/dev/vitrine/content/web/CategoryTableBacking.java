package dev.vitrine.content.web;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryTree;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Product and news categories ({@code /admin/categories}): add, rename, put one inside another, reorder, and
 * delete, where a category with content can only go if its content moves to another category first, and one
 * with categories inside it only once they are gone or moved.
 */
@Named
@ViewScoped
public class CategoryTableBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CategoryService categories;

    private ItemKind kind = ItemKind.PRODUCT;
    private CategoryTree tree;
    private List<Category> rows;
    private Category editing;
    private Long parentId;
    private Category deleting;
    private long deletingContent;
    private Long moveTo;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        tree = categories.tree(kind);
        rows = tree.inOrder();
    }

    public void showKind(ItemKind shown) {
        kind = shown;
        reload();
    }

    public void startNew() {
        editing = new Category(kind, "", "", 0);
        parentId = null;
    }

    public void startEdit(Category category) {
        editing = category;
        parentId = category.getParent() == null ? null : category.getParent().getId();
    }

    public void save() {
        if (editing.getSlug() != null && !editing.getSlug().isBlank() && !Slugs.isValid(editing.getSlug())) {
            Messages.error("categoryForm:slug", "admin.slugInvalid");
            return;
        }
        Category previousParent = editing.getParent();
        editing.setParent(rows.stream()
                .filter(c -> c.getId().equals(parentId))
                .findFirst()
                .orElse(null));
        try {
            categories.save(editing);
            Messages.info("admin.saved", editing.getName());
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
            editing = null;
            reload();
        } catch (DuplicateSlugException e) {
            Messages.error("categoryForm:slug", e.getMessageKey());
        } catch (StaleEntityException e) {
            Messages.error(null, e.getMessageKey());
        } catch (BusinessException e) {
            editing.setParent(previousParent); // the table shows the category where it still is
            Messages.error("categoryForm:parent", e.getMessageKey());
        }
    }

    public void move(Category category, boolean up) {
        categories.move(category.getId(), up);
        reload();
    }

    public void startDelete(Category category) {
        deleting = category;
        deletingContent = categories.countContent(category);
        moveTo = null;
    }

    public void delete() {
        try {
            categories.delete(deleting.getId(), moveTo);
            Messages.info("admin.deletedForever", deleting.getName());
            deleting = null;
            reload();
        } catch (BusinessException e) {
            Messages.error(null, e.getMessageKey());
        }
    }

    /** Where a deleted category's content can go: the other categories of its kind. */
    public List<Category> getMoveTargets() {
        return rows.stream()
                .filter(c -> deleting != null && !c.getId().equals(deleting.getId()))
                .toList();
    }

    /** Where the edited category may go: at the top, or in a category not inside it with room below. */
    public List<Category> getParentChoices() {
        return editing == null
                ? List.of()
                : rows.stream().filter(c -> tree.mayHold(c, editing)).toList();
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    /** The kinds that have categories: a button for each. */
    public List<ItemKind> getKinds() {
        return ItemKind.categorized();
    }

    public ItemKind getKind() {
        return kind;
    }

    public List<Category> getRows() {
        return rows;
    }

    public Category getEditing() {
        return editing;
    }

    public Category getDeleting() {
        return deleting;
    }

    public long getDeletingContent() {
        return deletingContent;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }
}
