package dev.vitrine.catalog.web;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.content.web.ItemLanguages;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.PublicRoutes;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.shared.web.Responses;
import dev.vitrine.views.entity.ViewedItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** A product page ({@code /products/<slug>}, {@code /en/products/<slug>}); each honest view is counted. */
@Named
@RequestScoped
public class ProductBacking {

    @Inject
    private CatalogService catalog;

    @Inject
    private RenderedPage rendered;

    @Inject
    private HttpServletRequest request;

    @Inject
    private PageLanguage language;

    private Product product;
    private String views;

    /** Loads the product; an unknown or hidden product is a 404. */
    public void load() {
        Object slug = request.getAttribute(PublicRoutes.SLUG);
        Optional<Localized<Product>> shown = PublicRoutes.isPlausibleSlug(slug)
                ? catalog.findProductPage(language.in(), (String) slug)
                : Optional.empty();
        if (shown.isEmpty()) {
            Responses.notFound();
            return;
        }
        ItemLanguages.shows(language, ItemKind.PRODUCT, shown.get());
        product = shown.get().item();
        rendered.shows(ContentChange.item(ItemKind.PRODUCT.name(), product.getId()));
        views = rendered.countsViewsOf(ViewedItem.product(product.getId()));
    }

    public Product getProduct() {
        return product;
    }

    /** Where the view count goes (each request puts its own, counting its view). */
    public String getViews() {
        return views;
    }
}
