package dev.vitrine.site.service;

import dev.vitrine.site.entity.SiteSettings;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The site's settings: company name, logo and contact details. */
@Stateless
public class SiteService {

    @PersistenceContext
    private EntityManager em;

    /** The settings; there is always exactly one row once the site has started. */
    public SiteSettings getSettings() {
        return em.createQuery("SELECT s FROM SiteSettings s ORDER BY s.id", SiteSettings.class)
                .setMaxResults(1)
                .getSingleResult();
    }

    public boolean hasSettings() {
        return em.createQuery("SELECT COUNT(s) FROM SiteSettings s", Long.class).getSingleResult() > 0;
    }

    public SiteSettings create(SiteSettings settings) {
        em.persist(settings);
        return settings;
    }
}
