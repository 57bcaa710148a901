package dev.vitrine.catalog.web;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.ProductEditService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategorizedEditService;
import dev.vitrine.content.web.CategorizedTableBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The back office's product table ({@code /admin/products/list}). */
@Named
@ViewScoped
public class ProductTableBacking extends CategorizedTableBacking<Product> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProductEditService products;

    @Override
    protected CategorizedEditService<Product> service() {
        return products;
    }

    @Override
    protected ItemKind categoryKind() {
        return ItemKind.PRODUCT;
    }
}
