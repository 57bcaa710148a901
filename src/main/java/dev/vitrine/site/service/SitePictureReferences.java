package dev.vitrine.site.service;

import dev.vitrine.shared.MediaReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The site's own pictures: its logo, its WeChat QR code, the banner slides and the friendly links' logos. */
@ApplicationScoped
public class SitePictureReferences implements MediaReferences {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean shows(String path) {
        return count("SELECT COUNT(s) FROM SiteSettings s WHERE s.logoPath = :path OR s.wechatQrPath = :path", path)
                        + count("SELECT COUNT(b) FROM Banner b WHERE b.picturePath = :path", path)
                        + count("SELECT COUNT(l) FROM FriendlyLink l WHERE l.logoPath = :path", path)
                > 0;
    }

    private long count(String query, String path) {
        return em.createQuery(query, Long.class).setParameter("path", path).getSingleResult();
    }
}
