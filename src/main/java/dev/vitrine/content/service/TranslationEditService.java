package dev.vitrine.content.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemTranslation;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.ItemPurged;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.text.RichText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Set;

/**
 * Staff write an item's English version beside the original. Its address is made from its title when left
 * empty, and is refused when another item already answers at that English address (by its own English
 * version, or by its Chinese address, which English lists use for items without one). Every change is
 * audited and shown on the public pages at once.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class TranslationEditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private Event<ContentChange> changes;

    /** Deletes an item's translations along with the item. */
    public void deleteAll(@Observes ItemPurged purged) {
        em.createNamedQuery(ItemTranslation.DELETE_OF_ITEM)
                .setParameter("kind", ItemKind.valueOf(purged.kind()))
                .setParameter("id", purged.id())
                .executeUpdate();
    }

    /** The item's English version, or a new one to write (not saved yet). */
    public ItemTranslation english(ItemKind kind, long itemId) {
        rejectUnknownItem(kind, itemId);
        return VisibleItems.translation(em, kind, itemId, Language.ENGLISH)
                .orElseGet(() -> new ItemTranslation(kind, itemId, Language.ENGLISH.code()));
    }

    /** The item a translation is of, as saved now. */
    public PublishedItem original(ItemKind kind, long itemId) {
        return em.createQuery("SELECT i FROM " + kind.entity() + " i WHERE i.id = :id", PublishedItem.class)
                .setParameter("id", itemId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** The ids among {@code ids} of the items that have an English version. */
    public Set<Long> translated(ItemKind kind, Collection<Long> ids) {
        return VisibleItems.translations(em, kind, ids, Language.ENGLISH).keySet();
    }

    /**
     * Saves a new English version, or an edited one if nobody saved it since it was loaded (else {@link
     * StaleEntityException}).
     */
    public ItemTranslation save(ItemTranslation translation) {
        rejectUnknownItem(translation.getKind(), translation.getItemId());
        if (translation.getSlug() == null || translation.getSlug().isBlank()) {
            translation.setSlug(Slugs.unique(
                    Slugs.forTitle(translation.getTitle(), translation.getKind().slugPrefix()),
                    slug -> isTaken(slug, translation)));
        }
        if (isTaken(translation.getSlug(), translation)) {
            throw new DuplicateSlugException();
        }
        translation.setBody(RichText.sanitize(translation.getBody()));
        translation.setUpdatedBy(audit.actor());
        boolean isNew = translation.isNew();
        ItemTranslation saved;
        try {
            if (isNew) {
                em.persist(translation);
                saved = translation;
            } else {
                saved = em.merge(translation);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEntityException();
        }
        audit.record(
                isNew ? "TRANSLATE" : "UPDATE_TRANSLATION",
                saved.getKind().name(),
                saved.getItemId(),
                saved.getTitle() + " [" + saved.getLanguage() + "]");
        announce(saved.getKind(), saved.getItemId());
        return saved;
    }

    /** Deletes an item's English version: the English pages show the item untranslated, or not at all. */
    public void delete(ItemKind kind, long itemId) {
        ItemTranslation translation =
                VisibleItems.translation(em, kind, itemId, Language.ENGLISH).orElseThrow(NotFoundException::new);
        em.remove(translation);
        audit.record("DELETE_TRANSLATION", kind.name(), itemId, translation.getTitle() + " [en]");
        announce(kind, itemId);
    }

    /** Whether another item answers at this English address. */
    private boolean isTaken(String slug, ItemTranslation translation) {
        long byTranslation = em.createQuery(
                        "SELECT COUNT(t) FROM ItemTranslation t WHERE t.kind = :kind AND t.language = :language"
                                + " AND t.slug = :slug AND t.itemId <> :item",
                        Long.class)
                .setParameter("kind", translation.getKind())
                .setParameter("language", translation.getLanguage())
                .setParameter("slug", slug)
                .setParameter("item", translation.getItemId())
                .getSingleResult();
        long byOriginal = em.createQuery(
                        "SELECT COUNT(i) FROM " + translation.getKind().entity()
                                + " i WHERE i.slug = :slug AND i.id <> :item",
                        Long.class)
                .setParameter("slug", slug)
                .setParameter("item", translation.getItemId())
                .getSingleResult();
        return byTranslation + byOriginal > 0;
    }

    private void rejectUnknownItem(ItemKind kind, long itemId) {
        original(kind, itemId);
    }

    private void announce(ItemKind kind, long itemId) {
        changes.fire(
                ContentChange.of(Set.of(ContentChange.item(kind.name(), itemId), ContentChange.list(kind.name()))));
    }
}
