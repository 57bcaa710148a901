package dev.vitrine.site.web;

import dev.vitrine.site.entity.FriendlyLink;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The home page's friendly links ({@code /admin/home/links}). */
@Named
@ViewScoped
public class LinkTableBacking extends HomeEntryTableBacking<FriendlyLink> {

    private static final long serialVersionUID = 1L;

    @Override
    protected Class<FriendlyLink> type() {
        return FriendlyLink.class;
    }

    @Override
    protected FriendlyLink create() {
        return new FriendlyLink();
    }

    @Override
    protected void setPicture(FriendlyLink link, String path) {
        link.setLogoPath(path);
    }
}
