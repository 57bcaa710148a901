package dev.vitrine.catalog.service;

import dev.vitrine.shared.MediaReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Pictures in products' galleries. */
@ApplicationScoped
public class ProductImageReferences implements MediaReferences {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean shows(String path) {
        return em.createQuery("SELECT COUNT(i) FROM ProductImage i WHERE i.path = :path", Long.class)
                        .setParameter("path", path)
                        .getSingleResult()
                > 0;
    }
}
