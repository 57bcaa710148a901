package dev.vitrine.catalog.web;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.shared.web.ClientAddress;
import dev.vitrine.shared.web.PublicRoutes;
import dev.vitrine.shared.web.Responses;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewCounter;
import dev.vitrine.views.service.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** A product page ({@code /products/<slug>}); each honest view is counted. */
@Named
@RequestScoped
public class ProductBacking {

    @Inject
    private CatalogService catalog;

    @Inject
    private ViewCounter viewCounter;

    @Inject
    private HttpServletRequest request;

    private Product product;
    private long views;

    /** Loads the product and counts the view; an unknown or hidden product is a 404. */
    public void load() {
        Object slug = request.getAttribute(PublicRoutes.SLUG);
        product = PublicRoutes.isPlausibleSlug(slug)
                ? catalog.findVisibleProduct((String) slug).orElse(null)
                : null;
        if (product == null) {
            Responses.notFound();
            return;
        }
        views = viewCounter.view(
                ViewedItem.product(product.getId()),
                new Visit(
                        request.getMethod(),
                        ClientAddress.of(request),
                        request.getHeader("User-Agent"),
                        request.getRemoteUser() != null));
    }

    public Product getProduct() {
        return product;
    }

    public long getViews() {
        return views;
    }
}
