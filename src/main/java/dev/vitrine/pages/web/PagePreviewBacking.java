package dev.vitrine.pages.web;

import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.content.web.ItemPreviewBacking;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.pages.service.PageEditService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The preview of a page ({@code /admin/pages/preview?id=<id>}). */
@Named
@RequestScoped
public class PagePreviewBacking extends ItemPreviewBacking<Page> {

    @Inject
    private PageEditService service;

    @Override
    protected ItemEditService<Page> service() {
        return service;
    }
}
