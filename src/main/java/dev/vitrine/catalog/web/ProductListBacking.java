package dev.vitrine.catalog.web;

import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.web.ItemListBacking;
import dev.vitrine.shared.PageResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The product list ({@code /products?category=<slug>&page=<n>}), in the shop's order. */
@Named
@RequestScoped
public class ProductListBacking extends ItemListBacking {

    static final int PAGE_SIZE = 6;

    @Inject
    private CatalogService catalog;

    @Override
    protected ItemKind categoryKind() {
        return ItemKind.PRODUCT;
    }

    @Override
    protected PageResult<ItemCard> list(Category category, int page) {
        return catalog.listVisibleProducts(language.in(), category, page, PAGE_SIZE);
    }
}
