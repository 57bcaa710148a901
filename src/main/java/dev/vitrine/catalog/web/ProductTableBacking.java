package dev.vitrine.catalog.web;

import dev.vitrine.catalog.entity.Category;
import dev.vitrine.catalog.entity.CategoryKind;
import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.CategoryService;
import dev.vitrine.catalog.service.ProductEditService;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The back office's product table ({@code /admin/products}), with the recycle bin as a second view. */
@Named
@ViewScoped
public class ProductTableBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProductEditService products;
    @Inject
    private CategoryService categories;

    private List<Category> categoryChoices;
    private Long categoryId;
    private String search;
    private boolean bin;
    private LazyDataModel<Product> table;

    @PostConstruct
    void init() {
        categoryChoices = categories.listCategories(CategoryKind.PRODUCT);
        table = Pages.lazy((page, size) -> products.list(bin, selectedCategory(), search, page, size), Product::getId);
    }

    private Category selectedCategory() {
        return categoryChoices.stream().filter(c -> c.getId().equals(categoryId)).findFirst().orElse(null);
    }

    public void moveToBin(Product product) {
        products.moveToBin(product.getId());
        Messages.info("admin.movedToBin", product.getName());
    }

    public void restore(Product product) {
        products.restore(product.getId());
        Messages.info("admin.restored", product.getName());
    }

    public void deleteForever(Product product) {
        products.deleteForever(product.getId());
        Messages.info("admin.deletedForever", product.getName());
    }

    public void move(Product product, boolean up) {
        products.move(product.getId(), up);
    }

    public void toggle(Product product, String what) {
        Product edited = products.getForEdit(product.getId());
        if ("published".equals(what)) {
            edited.setPublished(!edited.isPublished());
        } else {
            edited.setFeatured(!edited.isFeatured());
        }
        products.save(edited);
        Messages.info("admin.saved", edited.getName());
    }

    /** Moving makes sense only when one category is shown, in the shop's order, outside the bin. */
    public boolean isMovable() {
        return categoryId != null && !bin && (search == null || search.isBlank());
    }

    public LazyDataModel<Product> getTable() {
        return table;
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

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isBin() {
        return bin;
    }

    public void setBin(boolean bin) {
        this.bin = bin;
    }
}
