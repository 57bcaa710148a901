package dev.vitrine.content.web;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.service.Localized;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.PublicRoutes;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.shared.web.Responses;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * An item's public page ({@code /<folder>/<slug>}, in any of the site's languages): the item as that language
 * shows it, or a 404 for an unknown, draft or scheduled one; its view counted where its kind counts views.
 */
public abstract class ItemPageBacking<T extends PublishedItem> {

    @Inject
    private HttpServletRequest request;

    @Inject
    protected PageLanguage language;

    @Inject
    protected RenderedPage rendered;

    private T item;
    private String views;

    protected abstract ItemKind kind();

    /** The item at a slug as a language shows it, if the public sees it. */
    protected abstract Optional<Localized<T>> find(InLanguage in, String slug);

    /** What the view counter counts a view of this item as; none for a kind whose views aren't counted. */
    protected Object counted(T shown) {
        return null;
    }

    public void load() {
        Object slug = request.getAttribute(PublicRoutes.SLUG);
        Optional<Localized<T>> shown =
                PublicRoutes.isPlausibleSlug(slug) ? find(language.in(), (String) slug) : Optional.empty();
        if (shown.isEmpty()) {
            Responses.notFound();
            return;
        }
        ItemLanguages.shows(language, kind(), shown.get());
        item = shown.get().item();
        rendered.shows(ContentChange.item(kind().name(), item.getId()));
        Object viewed = counted(item);
        if (viewed != null) {
            views = rendered.countsViewsOf(viewed);
        }
    }

    public T getItem() {
        return item;
    }

    /** Where the view count goes (each request puts its own, counting its view); null when not counted. */
    public String getViews() {
        return views;
    }
}
