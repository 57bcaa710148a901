package dev.vitrine.site.service;

import dev.vitrine.shared.MediaReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The site's pictures: its logo and its WeChat QR code. */
@ApplicationScoped
public class SiteLogoReferences implements MediaReferences {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean shows(String path) {
        return em.createQuery(
                                "SELECT COUNT(s) FROM SiteSettings s WHERE s.logoPath = :path OR s.wechatQrPath = :path",
                                Long.class)
                        .setParameter("path", path)
                        .getSingleResult()
                > 0;
    }
}
