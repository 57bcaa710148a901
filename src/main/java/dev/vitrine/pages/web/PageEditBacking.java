package dev.vitrine.pages.web;

import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.content.web.ItemEditBacking;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.pages.service.PageEditService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writing or editing a single page ({@code /admin/pages/edit?id=<id>}). */
@Named
@ViewScoped
public class PageEditBacking extends ItemEditBacking<Page> {

    private static final long serialVersionUID = 1L;

    @Inject
    private PageEditService pages;

    @Override
    protected ItemEditService<Page> service() {
        return pages;
    }

    @Override
    protected Page newItem() {
        return new Page("", "");
    }
}
