package dev.vitrine.pages.web;

import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.content.web.ItemTableBacking;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.pages.service.PageEditService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The back office's single pages ({@code /admin/pages/list}), in the main menu's order. */
@Named
@ViewScoped
public class PageTableBacking extends ItemTableBacking<Page> {

    private static final long serialVersionUID = 1L;

    @Inject
    private PageEditService pages;

    @Override
    protected ItemEditService<Page> service() {
        return pages;
    }
}
