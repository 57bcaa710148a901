package dev.vitrine.catalog.web;

import dev.vitrine.catalog.entity.Category;
import dev.vitrine.catalog.entity.CategoryKind;
import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.entity.ProductImage;
import dev.vitrine.catalog.entity.SpecRow;
import dev.vitrine.catalog.service.CategoryService;
import dev.vitrine.catalog.service.ProductEditService;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.media.MediaStore;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Creating or editing a product ({@code /admin/products/edit?id=<id>}). The product, with its version,
 * stays in the view between requests: a save that someone else's save beat is refused, and what was typed
 * stays in the form.
 */
@Named
@ViewScoped
public class ProductEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A spec row while it is edited. */
    public static class SpecLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String value;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    @Inject
    private ProductEditService products;
    @Inject
    private CategoryService categories;
    @Inject
    private MediaStore media;

    private Long id;
    private Product product;
    private Long categoryId;
    private List<Category> categoryChoices;
    private List<SpecLine> specs = new ArrayList<>();

    /** Loads the product named by {@code id}, or starts a new one. */
    public void load() {
        categoryChoices = categories.listCategories(CategoryKind.PRODUCT);
        if (id == null) {
            product = new Product(null, "", "");
            product.setPublished(true);
            categoryId = categoryChoices.isEmpty() ? null : categoryChoices.get(0).getId();
        } else {
            try {
                show(products.getForEdit(id));
            } catch (NotFoundException e) {
                Responses.notFound();
            }
        }
    }

    private void show(Product loaded) {
        product = loaded;
        categoryId = loaded.getCategory().getId();
        specs = new ArrayList<>();
        for (SpecRow row : loaded.getSpecs()) {
            SpecLine line = new SpecLine();
            line.setName(row.getName());
            line.setValue(row.getValue());
            specs.add(line);
        }
    }

    public void save() {
        if (product.getSlug() != null && !product.getSlug().isBlank() && !Slugs.isValid(product.getSlug())) {
            Messages.error("form:slug", "admin.slugInvalid");
            return;
        }
        product.setCategory(categoryChoices.stream().filter(c -> c.getId().equals(categoryId)).findFirst().orElse(null));
        if (product.getCategory() == null) {
            Messages.error("form:category", "admin.categoryRequired");
            return;
        }
        List<SpecRow> rows = new ArrayList<>();
        for (SpecLine line : specs) {
            if (line.getName() != null && !line.getName().isBlank()) {
                rows.add(new SpecRow(line.getName().trim(), line.getValue() == null ? "" : line.getValue().trim()));
            }
        }
        product.replaceSpecs(rows);
        try {
            show(products.save(product));
            id = product.getId();
            Messages.info("admin.saved", product.getName());
        } catch (DuplicateSlugException e) {
            Messages.error("form:slug", e.getMessageKey());
        } catch (StaleEntityException e) {
            Messages.error(null, e.getMessageKey());
        }
    }

    public void upload(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            String path = media.storeUpload("products", in.readNBytes(dev.vitrine.shared.media.ImageUpload.MAX_BYTES + 1));
            product.addImage(path, product.getName());
        } catch (BusinessException e) {
            Messages.error(null, e.getMessageKey(), event.getFile().getFileName());
        }
    }

    public void removeImage(ProductImage image) {
        product.removeImage(image);
    }

    public void makeMain(ProductImage image) {
        product.makeMain(image);
    }

    public void addSpec() {
        specs.add(new SpecLine());
    }

    public void removeSpec(SpecLine line) {
        specs.remove(line);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Product getProduct() {
        return product;
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

    public List<SpecLine> getSpecs() {
        return specs;
    }
}
