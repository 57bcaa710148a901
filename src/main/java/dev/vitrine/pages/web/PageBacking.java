package dev.vitrine.pages.web;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.content.web.ItemPageBacking;
import dev.vitrine.pages.entity.Page;
import dev.vitrine.pages.service.PageService;
import dev.vitrine.shared.InLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** A single page ({@code /pages/<slug>}); a draft, scheduled or unknown page is a 404. */
@Named
@RequestScoped
public class PageBacking extends ItemPageBacking<Page> {

    @Inject
    private PageService pages;

    @Override
    protected ItemKind kind() {
        return ItemKind.PAGE;
    }

    @Override
    protected Optional<Localized<Page>> find(InLanguage in, String slug) {
        return pages.findPage(in, slug);
    }
}
