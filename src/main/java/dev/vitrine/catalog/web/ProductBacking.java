package dev.vitrine.catalog.web;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.shared.web.PublicRoutes;
import dev.vitrine.shared.web.Responses;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewCountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** A product page ({@code /products/<slug>}); each view is counted. */
@Named
@RequestScoped
public class ProductBacking {

    @Inject
    private CatalogService catalog;
    @Inject
    private ViewCountService viewCounts;
    @Inject
    private HttpServletRequest request;

    private Product product;
    private long views;

    /** Loads the product and counts the view; an unknown or hidden product is a 404. */
    public void load() {
        Object slug = request.getAttribute(PublicRoutes.SLUG);
        product = PublicRoutes.isPlausibleSlug(slug) ? catalog.findPublishedProduct((String) slug).orElse(null) : null;
        if (product == null) {
            Responses.notFound();
            return;
        }
        views = viewCounts.countView(ViewedItem.product(product.getId()));
    }

    public Product getProduct() {
        return product;
    }

    public long getViews() {
        return views;
    }
}
