package dev.vitrine.site.web;

import dev.vitrine.shared.web.Messages;
import dev.vitrine.site.entity.Banner;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The home page's banner slides ({@code /admin/home/banners}). */
@Named
@ViewScoped
public class BannerTableBacking extends HomeEntryTableBacking<Banner> {

    private static final long serialVersionUID = 1L;

    @Override
    protected Class<Banner> type() {
        return Banner.class;
    }

    @Override
    protected Banner create() {
        return new Banner();
    }

    @Override
    protected boolean isSavable(Banner banner) {
        if (!banner.isEndAfterStart()) {
            Messages.error("entryForm:endsAt", "admin.banners.endsBeforeStart");
            return false;
        }
        return true;
    }

    @Override
    protected void setPicture(Banner banner, String path) {
        banner.setPicturePath(path);
    }
}
