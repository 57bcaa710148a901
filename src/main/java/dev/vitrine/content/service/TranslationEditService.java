package dev.vitrine.content.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemTranslation;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.entity.Specified;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff write an item's version in another language beside the original. Its address is made from its title
 * when left empty, and is refused when another item already answers at that address in that language (by its
 * own version there, or by its Chinese address, which the language's lists use for items without one). Every change is
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
        // One by one, not in bulk: each takes its specification rows along.
        em.createNamedQuery(ItemTranslation.ALL_OF_ITEM, ItemTranslation.class)
                .setParameter("kind", ItemKind.valueOf(purged.kind()))
                .setParameter("id", purged.id())
                .getResultList()
                .forEach(em::remove);
    }

    /** The item's version in a language, or a new one to write (not saved yet). */
    public ItemTranslation in(Language language, ItemKind kind, long itemId) {
        rejectUnknownItem(kind, itemId);
        return VisibleItems.translation(em, kind, itemId, language)
                .map(translation -> {
                    translation.getSpecs().size(); // the edit page shows them after the transaction
                    return translation;
                })
                .orElseGet(() -> new ItemTranslation(kind, itemId, language.code()));
    }

    /** The item a translation is of, as saved now, with its specification table if it has one. */
    public PublishedItem original(ItemKind kind, long itemId) {
        PublishedItem item = em.createQuery(
                        "SELECT i FROM " + kind.entity() + " i WHERE i.id = :id", PublishedItem.class)
                .setParameter("id", itemId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (item instanceof Specified specified) {
            specified.getSpecs().size();
        }
        return item;
    }

    /** The languages each of the items with these ids has a version in, by item id (none: not there). */
    public Map<Long, List<Language>> languages(ItemKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "SELECT t.itemId, t.language FROM ItemTranslation t WHERE t.kind = :kind AND t.itemId IN :ids"
                                + " ORDER BY t.language",
                        Object[].class)
                .setParameter("kind", kind)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        row -> (Long) row[0],
                        Collectors.flatMapping(row -> Language.ofCode((String) row[1]).stream(), Collectors.toList())));
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

    /** Deletes an item's version in a language: that language's pages show the item untranslated, or not at all. */
    public void delete(Language language, ItemKind kind, long itemId) {
        ItemTranslation translation =
                VisibleItems.translation(em, kind, itemId, language).orElseThrow(NotFoundException::new);
        em.remove(translation);
        audit.record("DELETE_TRANSLATION", kind.name(), itemId, translation.getTitle() + " [" + language.code() + "]");
        announce(kind, itemId);
    }

    /** Whether another item answers at this address in the translation's language. */
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
