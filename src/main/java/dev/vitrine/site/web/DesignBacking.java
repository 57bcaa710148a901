package dev.vitrine.site.web;

import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.web.DesignPreview;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.site.entity.Design;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.SiteService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.model.DualListModel;

/**
 * The site's design ({@code /admin/site/design}, admins only): layout, colours, fonts, logo size, header and
 * home page blocks. Saved as a draft, previewed on the real public pages by the staff member alone, then
 * published to every visitor at once, or discarded.
 */
@Named
@ViewScoped
public class DesignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteService site;

    private Design design;
    private boolean draftWaiting;

    /** The home page's blocks: those shown, in order (target), and the others (source). */
    private DualListModel<String> homeBlocks;

    @PostConstruct
    void init() {
        show(site.getSettings());
    }

    private void show(SiteSettings settings) {
        Design draft = settings.getDraft();
        draftWaiting = draft != null;
        design = draftWaiting ? draft : Design.of(settings);
        homeBlocks = new DualListModel<>(names(design.hiddenBlocks()), names(design.getHomeBlocks()));
    }

    /** Keeps what is on the page as the draft, and shows it to this staff member on the public pages. */
    public void preview() {
        design.setHomeBlocks(homeBlocks.getTarget().stream()
                .map(SiteSettings.HomeBlock::valueOf)
                .toList());
        try {
            show(site.saveDesignDraft(design));
            DesignPreview.start(Faces.getRequest().getSession());
            Messages.info("admin.design.draftSaved");
        } catch (BusinessException refused) {
            Messages.error("form:brandColour", refused.getMessageKey(), design.getBrandColour());
        }
    }

    /** Publishes what is on the page: every visitor sees it from the next page on. */
    public void publish() {
        design.setHomeBlocks(homeBlocks.getTarget().stream()
                .map(SiteSettings.HomeBlock::valueOf)
                .toList());
        try {
            site.saveDesignDraft(design);
            show(site.publishDesign());
            DesignPreview.stop(Faces.getRequest().getSession());
            Messages.info("admin.design.published");
        } catch (BusinessException refused) {
            Messages.error("form:brandColour", refused.getMessageKey(), design.getBrandColour());
        }
    }

    /** Forgets the draft: the form shows the published design again. */
    public void discard() {
        show(site.discardDesignDraft());
        DesignPreview.stop(Faces.getRequest().getSession());
        Messages.info("admin.design.discarded");
    }

    private static ArrayList<String> names(List<SiteSettings.HomeBlock> blocks) {
        return new ArrayList<>(blocks.stream().map(Enum::name).toList());
    }

    public boolean isPreviewing() {
        return DesignPreview.isOn(Faces.getRequest());
    }

    public boolean isDraftWaiting() {
        return draftWaiting;
    }

    public Design getDesign() {
        return design;
    }

    public DualListModel<String> getHomeBlocks() {
        return homeBlocks;
    }

    public void setHomeBlocks(DualListModel<String> homeBlocks) {
        this.homeBlocks = homeBlocks;
    }

    public List<SiteSettings.Theme> getThemes() {
        return List.of(SiteSettings.Theme.values());
    }

    public List<SiteSettings.FontStack> getFonts() {
        return List.of(SiteSettings.FontStack.values());
    }

    public List<SiteSettings.HeaderLayout> getHeaderLayouts() {
        return List.of(SiteSettings.HeaderLayout.values());
    }
}
