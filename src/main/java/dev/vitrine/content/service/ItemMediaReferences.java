package dev.vitrine.content.service;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.MediaReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Pictures shown by published items of any kind (cover, body), files attached to them, and either kept in
 * their revision history, which a restore would bring back: those are never deleted.
 */
@ApplicationScoped
public class ItemMediaReferences implements MediaReferences {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean shows(String path) {
        String inText = "%/media/" + path + "\"%";
        for (ItemKind kind : ItemKind.values()) {
            long items = em.createQuery(
                            "SELECT COUNT(i) FROM " + kind.entity()
                                    + " i WHERE i.coverPath = :path OR i.body LIKE :text",
                            Long.class)
                    .setParameter("path", path)
                    .setParameter("text", inText)
                    .getSingleResult();
            if (items > 0) {
                return true;
            }
        }
        Number attached = (Number) em.createNativeQuery("SELECT COUNT(*) FROM item_file WHERE path = ?1")
                .setParameter(1, path)
                .getSingleResult();
        if (attached.longValue() > 0) {
            return true;
        }
        return em.createQuery("SELECT COUNT(r) FROM Revision r WHERE r.snapshot LIKE :path", Long.class)
                        .setParameter("path", "%" + path + "%")
                        .getSingleResult()
                > 0;
    }
}
