package dev.vitrine.catalog.web;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.ProductEditService;
import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.content.web.ItemPreviewBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The preview of a product ({@code /admin/products/preview?id=<id>}). */
@Named
@RequestScoped
public class ProductPreviewBacking extends ItemPreviewBacking<Product> {

    @Inject
    private ProductEditService service;

    @Override
    protected ItemEditService<Product> service() {
        return service;
    }
}
