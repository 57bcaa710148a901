package dev.vitrine.site.web;

import dev.vitrine.media.service.ImageUpload;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Uploads;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.SiteService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** Company name, logo and contact details ({@code /admin/site}, admins only). */
@Named
@ViewScoped
public class SiteSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteService site;

    @Inject
    private MediaStore media;

    private SiteSettings settings;

    @PostConstruct
    void init() {
        settings = site.getSettings();
    }

    public void save() {
        try {
            settings = site.update(settings);
            Messages.info("admin.saved", settings.getCompanyName());
        } catch (StaleEntityException e) {
            Messages.error(null, e.getMessageKey());
        }
    }

    public void uploadLogo(FileUploadEvent event) throws IOException {
        String path = Uploads.store(event, in -> media.storeUpload("site", in.readNBytes(ImageUpload.MAX_BYTES + 1)));
        if (path != null) {
            settings.setLogoPath(path);
        }
    }

    public void removeLogo() {
        settings.setLogoPath(null);
    }

    public void uploadWechatQr(FileUploadEvent event) throws IOException {
        String path = Uploads.store(event, in -> media.storeUpload("site", in.readNBytes(ImageUpload.MAX_BYTES + 1)));
        if (path != null) {
            settings.setWechatQrPath(path);
        }
    }

    public void removeWechatQr() {
        settings.setWechatQrPath(null);
    }

    /** Every language the public site can be shown in besides Chinese. */
    public List<Language> getLanguages() {
        return Language.translated();
    }

    /** The languages the site shows besides Chinese, as saved: the page has a set of texts for each. */
    public List<Language> getShownLanguages() {
        return settings.getLanguages().stream().skip(1).toList();
    }

    public SiteSettings.WatermarkPosition[] getWatermarkPositions() {
        return SiteSettings.WatermarkPosition.values();
    }

    public SiteSettings getSettings() {
        return settings;
    }
}
