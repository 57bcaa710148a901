package dev.vitrine.site.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.media.service.UnsavedUploads;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.site.entity.Design;
import dev.vitrine.site.entity.SiteSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The site's settings: company name, logo and contact details. */
@Stateless
// Explicit, because some servers (WildFly) deny methods without a role annotation in a bean that has any.
@PermitAll
public class SiteService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnsavedUploads unsavedUploads;

    @Inject
    private AuditService audit;

    /** Every public page shows this (menu, side box, footer): a change refreshes them all. */
    @Inject
    private Event<ContentChange> changes;

    /** The settings; there is always exactly one row once the site has started. */
    public SiteSettings getSettings() {
        return em.createQuery("SELECT s FROM SiteSettings s ORDER BY s.id", SiteSettings.class)
                .setMaxResults(1)
                .getSingleResult();
    }

    /**
     * The settings as the database has them now, past the entity cache: a design draft saved on another
     * instance of a cluster is seen at once in a preview here.
     */
    public SiteSettings getSettingsAsStored() {
        return em.createQuery("SELECT s FROM SiteSettings s ORDER BY s.id", SiteSettings.class)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .setHint("jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH)
                .setMaxResults(1)
                .getSingleResult();
    }

    public boolean hasSettings() {
        return em.createQuery("SELECT COUNT(s) FROM SiteSettings s", Long.class).getSingleResult() > 0;
    }

    /** Saves edited settings if nobody changed them meanwhile; the public site shows them at once. */
    @RolesAllowed(Role.ADMIN_NAME)
    public SiteSettings update(SiteSettings settings) {
        settings.dropEmptyTexts();
        try {
            SiteSettings before = em.find(SiteSettings.class, settings.getId());
            Set<String> picturesBefore = picturesOf(before);
            SiteSettings saved = em.merge(settings);
            em.flush();
            unsavedUploads.track(picturesBefore, picturesOf(saved));
            audit.record("UPDATE", "SITE_SETTINGS", saved.getId(), saved.getCompanyName());
            changes.fire(ContentChange.everything());
            return saved;
        } catch (OptimisticLockException e) {
            throw new StaleEntityException();
        }
    }

    /**
     * Keeps a design as the draft staff preview; the public pages keep the published one. A later draft
     * replaces it: one design waits at a time.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public SiteSettings saveDesignDraft(Design draft) {
        if (!draft.isBrandReadable()) {
            throw new BusinessException("admin.brandUnreadable");
        }
        SiteSettings settings = getSettings();
        settings.setDraft(draft);
        audit.record(
                "SAVE_DRAFT", "SITE_DESIGN", settings.getId(), draft.getTheme().name());
        return settings;
    }

    /** Publishes the draft design: every public page shows it at once. */
    @RolesAllowed(Role.ADMIN_NAME)
    public SiteSettings publishDesign() {
        SiteSettings settings = getSettings();
        Design draft = settings.getDraft();
        if (draft == null) {
            throw new BusinessException("admin.design.noDraft");
        }
        if (!draft.isBrandReadable()) {
            throw new BusinessException("admin.brandUnreadable");
        }
        draft.applyTo(settings);
        settings.setDraft(null);
        audit.record(
                "PUBLISH", "SITE_DESIGN", settings.getId(), draft.getTheme().name());
        changes.fire(ContentChange.everything());
        return settings;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public SiteSettings discardDesignDraft() {
        SiteSettings settings = getSettings();
        settings.setDraft(null);
        audit.record(
                "DISCARD_DRAFT",
                "SITE_DESIGN",
                settings.getId(),
                settings.getTheme().name());
        return settings;
    }

    /** The site's first settings, on an empty database. */
    @RolesAllowed(Role.ADMIN_NAME)
    public SiteSettings create(SiteSettings settings) {
        settings.dropEmptyTexts();
        em.persist(settings);
        em.flush();
        unsavedUploads.track(Set.of(), picturesOf(settings));
        audit.record("CREATE", "SITE_SETTINGS", settings.getId(), settings.getCompanyName());
        changes.fire(ContentChange.everything());
        return settings;
    }

    /** The pictures the settings show: the logo and the WeChat QR code. */
    private static Set<String> picturesOf(SiteSettings settings) {
        Set<String> pictures = new HashSet<>();
        Optional.ofNullable(settings.getLogoPath()).ifPresent(pictures::add);
        Optional.ofNullable(settings.getWechatQrPath()).ifPresent(pictures::add);
        return pictures;
    }
}
