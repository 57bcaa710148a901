package dev.vitrine.content.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.entity.Revision;
import dev.vitrine.shared.ItemPurged;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The revision history of products, articles and pages. Every save that changes an item's content adds a
 * revision; an item keeps its newest {@value #KEPT} revisions, older ones are dropped as new ones come, so
 * the history of an item is bounded however often it is saved.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class RevisionService {

    /** How many revisions an item keeps. */
    public static final int KEPT = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    /** The item's revisions, newest first. */
    public List<Revision> list(ItemKind kind, long itemId) {
        return em.createNamedQuery(Revision.LIST_NEWEST, Revision.class)
                .setParameter("kind", kind)
                .setParameter("itemId", itemId)
                .getResultList();
    }

    /** One revision of the item; a revision of another item is not found. */
    public Revision get(ItemKind kind, long itemId, long revisionId) {
        Revision revision = em.find(Revision.class, revisionId);
        if (revision == null || revision.getItemKind() != kind || revision.getItemId() != itemId) {
            throw new NotFoundException();
        }
        return revision;
    }

    /** The content a revision kept, field by field. */
    public static Map<String, String> fields(Revision revision) {
        return Snapshots.fromJson(revision.getSnapshot());
    }

    /**
     * Keeps the item's content, as saved now by {@code author}, as its newest revision; nothing when the
     * content is what the newest revision already holds.
     */
    public void record(ItemKind kind, PublishedItem item, String author) {
        record(kind, item, author, null);
    }

    /** As {@link #record(ItemKind, PublishedItem, String)}, noting the revision it restored (null: none). */
    public void record(ItemKind kind, PublishedItem item, String author, Integer restoredFrom) {
        record(kind, item, author, clock.nowUtc().truncatedTo(ChronoUnit.SECONDS), restoredFrom);
    }

    /**
     * The first revision of an item saved before there were revisions: its content as it was stored, by
     * whoever saved it last, at that time. Nothing when it has revisions.
     */
    public void recordBaseline(ItemKind kind, PublishedItem stored) {
        if (newest(kind, stored.getId()).isEmpty()) {
            String author = stored.getUpdatedBy() == null ? AuditService.SYSTEM : stored.getUpdatedBy();
            record(kind, stored, author, stored.getUpdated().truncatedTo(ChronoUnit.SECONDS), null);
        }
    }

    private void record(ItemKind kind, PublishedItem item, String author, LocalDateTime when, Integer restoredFrom) {
        Map<String, String> fields = item.snapshot();
        Optional<Revision> newest = newest(kind, item.getId());
        List<String> changed = newest.map(revision -> ContentDiff.changedFields(fields(revision), fields))
                .orElse(List.of());
        if (newest.isPresent() && changed.isEmpty()) {
            return;
        }
        int number = newest.map(Revision::getNumber).orElse(0) + 1;
        String changedNames = changed.isEmpty() ? null : String.join(", ", changed);
        em.persist(new Revision(kind, item.getId(), number, when, author, changedNames, Snapshots.toJson(fields))
                .restoring(restoredFrom));
        if (number > KEPT) {
            em.createNamedQuery(Revision.DELETE_OLDER)
                    .setParameter("kind", kind)
                    .setParameter("itemId", item.getId())
                    .setParameter("number", number - KEPT)
                    .executeUpdate();
        }
    }

    /** Deletes an item's history along with the item. */
    public void deleteAll(@Observes ItemPurged purged) {
        em.createNamedQuery(Revision.DELETE_ALL)
                .setParameter("kind", ItemKind.valueOf(purged.kind()))
                .setParameter("itemId", purged.id())
                .executeUpdate();
    }

    private Optional<Revision> newest(ItemKind kind, long itemId) {
        return em.createNamedQuery(Revision.LIST_NEWEST, Revision.class)
                .setParameter("kind", kind)
                .setParameter("itemId", itemId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
