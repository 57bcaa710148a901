package dev.vitrine.content.web;

import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryTree;
import dev.vitrine.content.entity.ItemFile;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.media.service.FileUpload;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Uploads;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** The edit page of an item that belongs to a category: the category is chosen from those of its kind. */
public abstract class CategorizedEditBacking<T extends CategorizedItem> extends ItemEditBacking<T> {

    private static final long serialVersionUID = 1L;

    @Inject
    private CategoryService categories;

    @Inject
    private MediaStore media;

    private Long categoryId;
    private List<Category> categoryChoices;

    protected abstract ItemKind categoryKind();

    @Override
    protected void show(T loaded) {
        CategoryTree tree = categories.tree(categoryKind());
        categoryChoices = tree.inOrder();
        // A new item starts in the first category with none inside it, where items of its kind usually go.
        categoryId = loaded.getCategory() != null
                ? loaded.getCategory().getId()
                : categoryChoices.stream()
                        .filter(category -> tree.children(category).isEmpty())
                        .findFirst()
                        .map(Category::getId)
                        .orElse(null);
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

    /** A file attached for download, stored once its content proves it a document or archive we take. */
    public void uploadFile(FileUploadEvent event) throws IOException {
        String name = event.getFile().getFileName();
        String path = Uploads.store(event, in -> media.storeFile(in.readNBytes(FileUpload.MAX_BYTES + 1), name));
        if (path != null) {
            getItem().addFile(new ItemFile(path, name, event.getFile().getSize()));
        }
    }

    public void removeFile(ItemFile file) {
        getItem().removeFile(file);
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
