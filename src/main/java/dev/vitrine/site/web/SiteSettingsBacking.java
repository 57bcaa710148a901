package dev.vitrine.site.web;

import dev.vitrine.media.service.ImageUpload;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.shared.BusinessException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DualListModel;

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

    /** The home page's blocks: those shown, in order (target), and the others (source). */
    private DualListModel<String> homeBlocks;

    @PostConstruct
    void init() {
        settings = site.getSettings();
        List<String> shown = settings.getHomeBlocks().stream().map(Enum::name).toList();
        List<String> others = Arrays.stream(SiteSettings.HomeBlock.values())
                .map(Enum::name)
                .filter(block -> !shown.contains(block))
                .toList();
        homeBlocks = new DualListModel<>(new ArrayList<>(others), new ArrayList<>(shown));
    }

    public void save() {
        settings.setHomeBlocks(homeBlocks.getTarget().stream()
                .map(SiteSettings.HomeBlock::valueOf)
                .toList());
        try {
            settings = site.update(settings);
            Messages.info("admin.saved", settings.getCompanyName());
        } catch (StaleEntityException e) {
            Messages.error(null, e.getMessageKey());
        } catch (BusinessException refused) {
            Messages.error("form:brandColour", refused.getMessageKey(), settings.getBrandColour());
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

    public DualListModel<String> getHomeBlocks() {
        return homeBlocks;
    }

    public void setHomeBlocks(DualListModel<String> homeBlocks) {
        this.homeBlocks = homeBlocks;
    }

    public SiteSettings.Theme[] getThemes() {
        return SiteSettings.Theme.values();
    }

    public SiteSettings.FontStack[] getFonts() {
        return SiteSettings.FontStack.values();
    }

    public SiteSettings.WatermarkPosition[] getWatermarkPositions() {
        return SiteSettings.WatermarkPosition.values();
    }

    public SiteSettings getSettings() {
        return settings;
    }
}
