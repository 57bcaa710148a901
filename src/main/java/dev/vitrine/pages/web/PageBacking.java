package dev.vitrine.pages.web;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.content.web.ItemLanguages;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.pages.service.PageService;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.PublicRoutes;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.shared.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** A single page ({@code /pages/<slug>}); a draft, scheduled or unknown page is a 404. */
@Named
@RequestScoped
public class PageBacking {

    @Inject
    private PageService pages;

    @Inject
    private HttpServletRequest request;

    @Inject
    private PageLanguage language;

    @Inject
    private RenderedPage rendered;

    private Page page;

    public void load() {
        Object slug = request.getAttribute(PublicRoutes.SLUG);
        Optional<Localized<Page>> shown =
                PublicRoutes.isPlausibleSlug(slug) ? pages.findPage(language.in(), (String) slug) : Optional.empty();
        if (shown.isEmpty()) {
            Responses.notFound();
            return;
        }
        ItemLanguages.shows(language, ItemKind.PAGE, shown.get());
        page = shown.get().item();
        rendered.shows(ContentChange.item(ItemKind.PAGE.name(), page.getId()));
    }

    public Page getPage() {
        return page;
    }
}
