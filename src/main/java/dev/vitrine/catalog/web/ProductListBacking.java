package dev.vitrine.catalog.web;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryKind;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.web.ListParameters;
import dev.vitrine.shared.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The product list ({@code /products?category=<slug>&page=<n>}), in the shop's order. */
@Named
@RequestScoped
public class ProductListBacking {

    static final int PAGE_SIZE = 6;

    @Inject
    private CatalogService catalog;
    @Inject
    private CategoryService categories;

    private Category category;
    private PageResult<ItemCard> products;

    /** Loads the page; an unknown category is a 404, a bad page number a 400. */
    public void load() {
        Optional<ListParameters> params = ListParameters.ofCurrentRequest();
        if (params.isEmpty()) {
            Responses.badRequest();
            return;
        }
        String slug = params.get().categorySlug();
        if (slug != null) {
            category = categories.findCategory(CategoryKind.PRODUCT, slug).orElse(null);
            if (category == null) {
                Responses.notFound();
                return;
            }
        }
        products = catalog.listVisibleProducts(category, params.get().page(), PAGE_SIZE);
        if (products.getPage() > products.getPageCount()) {
            Responses.badRequest();
        }
    }

    /** The category shown, or {@code null} for all products. */
    public Category getCategory() {
        return category;
    }

    public PageResult<ItemCard> getProducts() {
        return products;
    }
}
