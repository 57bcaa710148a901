package dev.vitrine.catalog.web;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.content.web.ItemPageBacking;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.views.entity.ViewedItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** A product page ({@code /products/<slug>}, {@code /en/products/<slug>}); each honest view is counted. */
@Named
@RequestScoped
public class ProductBacking extends ItemPageBacking<Product> {

    @Inject
    private CatalogService catalog;

    @Override
    protected ItemKind kind() {
        return ItemKind.PRODUCT;
    }

    @Override
    protected Optional<Localized<Product>> find(InLanguage in, String slug) {
        return catalog.findProductPage(in, slug);
    }

    @Override
    protected Object counted(Product shown) {
        return ViewedItem.product(shown.getId());
    }
}
