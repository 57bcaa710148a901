package dev.vitrine.content.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.entity.Revision;
import dev.vitrine.content.service.ItemChanges.Standing;
import dev.vitrine.media.service.UnsavedUploads;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.ItemPurged;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.Paging;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.db.Places;
import dev.vitrine.shared.text.RichText;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewCountService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What staff do to a published item, the same for every kind: list and search, save with its address and
 * a refusal when someone else saved first, publish, feature, the recycle bin, places in the list, and the
 * revision history. Every change is audited in the same transaction. A kind's service ({@code @Stateless})
 * adds only what is its own through the protected hooks.
 */
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public abstract class ItemEditService<T extends PublishedItem> {

    @PersistenceContext
    protected EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private ShopClock clock;

    @Inject
    private ViewCountService viewCounts;

    @Inject
    private RevisionService revisions;

    @Inject
    private Event<ContentChange> changes;

    @Inject
    private Event<ItemPurged> purges;

    @Inject
    private UnsavedUploads unsavedUploads;

    private final Class<T> type;
    private final ItemKind kind;

    protected ItemEditService(Class<T> type, ItemKind kind) {
        this.type = type;
        this.kind = kind;
    }

    /** One page of a back-office table, in the kind's order (the recycle bin: last deleted first). */
    public PageResult<T> list(ItemFilter filter, int page, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        ParameterExpression<String> search = cb.parameter(String.class, "search");
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> counted = count.from(type);
        count.select(cb.count(counted)).where(matching(cb, counted, filter, search));
        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        fetchForList(root);
        select.select(root)
                .where(matching(cb, root, filter, search))
                .orderBy(
                        filter.inBin()
                                ? List.of(cb.desc(root.get("deletedAt")), cb.desc(root.get("id")))
                                : listOrder(cb, root));
        TypedQuery<Long> countQuery = em.createQuery(count);
        TypedQuery<T> listQuery = em.createQuery(select);
        if (filter.hasSearch()) {
            String like = "%" + filter.search().trim().toLowerCase(Locale.ROOT) + "%";
            countQuery.setParameter(search, like);
            listQuery.setParameter(search, like);
        }
        List<T> items = listQuery
                .setFirstResult(Paging.firstResult(page, pageSize))
                .setMaxResults(pageSize)
                .getResultList();
        return new PageResult<>(items, page, pageSize, countQuery.getSingleResult());
    }

    private Predicate[] matching(
            CriteriaBuilder cb, Root<T> root, ItemFilter filter, ParameterExpression<String> search) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(filter.inBin() ? cb.isNotNull(root.get("deletedAt")) : cb.isNull(root.get("deletedAt")));
        if (filter.hasSearch()) {
            predicates.add(cb.or(cb.like(cb.lower(root.get("title")), search), cb.like(root.get("slug"), search)));
        }
        narrow(cb, root, filter, predicates);
        return predicates.toArray(Predicate[]::new);
    }

    public ItemKind kind() {
        return kind;
    }

    /** An item with everything its edit and preview pages show, loaded. */
    public T get(long id) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        TypedQuery<T> query = em.createQuery(select.select(root).where(cb.equal(root.get("id"), id)));
        wholeGraph().ifPresent(graph -> query.setHint("jakarta.persistence.loadgraph", em.getEntityGraph(graph)));
        T item = query.getResultStream().findFirst().orElseThrow(NotFoundException::new);
        fetchRest(item);
        return item;
    }

    /**
     * Saves a new item at the start of its list, or an edited one if nobody saved it since it was loaded (else
     * {@link StaleEntityException}). An empty address is made from the title; one that another item of
     * the kind has is refused. Rich text is sanitized. Adds a revision when the content changed.
     */
    public T save(T item) {
        if (item.getSlug() == null || item.getSlug().isBlank()) {
            item.setSlug(Slugs.unique(Slugs.forTitle(item.getTitle(), kind.slugPrefix()), slug -> isTaken(slug, item)));
        }
        rejectDuplicateSlug(item);
        item.setBody(RichText.sanitize(item.getBody()));
        boolean isNew = item.isNew();
        item.savedBy(audit.actor());
        try {
            T saved;
            Standing before = null;
            Set<String> mediaBefore = Set.of();
            if (isNew) {
                item.setSortOrder(firstPlace(item));
                em.persist(item);
                em.flush();
                ItemRegistry.add(em, kind, item.getId());
                viewed(item.getId()).ifPresent(viewCounts::startCounter);
                saved = item;
            } else {
                T stored = get(item.getId());
                before = Standing.of(stored);
                mediaBefore = stored.mediaPaths();
                revisions.recordBaseline(kind, stored);
                if (!inSameList(stored, item)) {
                    Places.put(em, kind.table(), stored, firstPlace(item));
                }
                saved = em.merge(item);
                em.flush();
            }
            return recorded(saved, before, mediaBefore, isNew ? "CREATE" : "UPDATE");
        } catch (OptimisticLockException e) {
            throw new StaleEntityException();
        }
    }

    /** Publishes an item now (a published one keeps its time) or makes it a draft again. */
    public T setPublished(long id, boolean published) {
        T item = get(id);
        Standing before = Standing.of(item);
        revisions.recordBaseline(kind, item);
        if (!published) {
            item.unpublish();
        } else if (!item.isVisibleAt(clock.now())) {
            item.publish(clock.now());
        }
        return recorded(item, before, published ? "PUBLISH" : "UNPUBLISH");
    }

    public T setFeatured(long id, boolean featured) {
        T item = get(id);
        Standing before = Standing.of(item);
        revisions.recordBaseline(kind, item);
        item.setFeatured(featured);
        return recorded(item, before, "UPDATE");
    }

    public void moveToBin(long id) {
        T item = get(id);
        Standing before = Standing.of(item);
        item.moveToBin(clock.now());
        audit.record("DELETE", kind.name(), id, item.getTitle());
        announce(item, before);
    }

    public void restore(long id) {
        T item = get(id);
        Standing before = Standing.of(item);
        item.restoreFromBin();
        audit.record("RESTORE", kind.name(), id, item.getTitle());
        announce(item, before);
    }

    /**
     * Deletes an item in the recycle bin for good, with its view counts, its history and its translations; an
     * admin's decision (an editor can bin and restore, not undo what can't be undone).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void deleteForever(long id) {
        T item = get(id);
        if (!item.isDeleted()) {
            throw new NotFoundException();
        }
        em.remove(item);
        purges.fire(new ItemPurged(kind.name(), id, item.mediaPaths()));
        ItemRegistry.remove(em, id);
        audit.record("PURGE", kind.name(), id, item.getTitle());
        announce(item, Standing.of(item));
    }

    /** Publishes several items now (each published one keeps its time) or makes them drafts again. */
    public void setPublished(List<Long> ids, boolean published) {
        ids.forEach(id -> setPublished(id, published));
    }

    public void moveToBin(List<Long> ids) {
        ids.forEach(this::moveToBin);
    }

    public void restore(List<Long> ids) {
        ids.forEach(this::restore);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void deleteForever(List<Long> ids) {
        ids.forEach(this::deleteForever);
    }

    /**
     * Starts a similar item from a copy of one: a draft at the start of its list with the same content,
     * pictures and specifications, {@code titleMark} after its title, and an address of its own.
     *
     * @param blank a new item of the kind, which becomes the copy
     */
    public T copy(long id, T blank, String titleMark) {
        T source = get(id);
        blank.restoreSnapshot(source.snapshot());
        copyReferences(source, blank);
        String title = source.getTitle();
        int room = PublishedItem.TITLE_LENGTH - titleMark.length();
        blank.setTitle((title.length() > room ? title.substring(0, room) : title) + titleMark);
        blank.setSlug(null);
        blank.unpublish();
        blank.setFeatured(false);
        return save(blank);
    }

    /** Whether views of the kind's items are counted. */
    public boolean isCounted() {
        return kind.isCounted();
    }

    /** The stored view counts of items of the kind, by id; empty for kinds whose views are not counted. */
    public Map<Long, Long> views(List<Long> ids) {
        return kind.isCounted() ? viewCounts.countsOf(kind, ids) : Map.of();
    }

    /**
     * Moves an item one place up (towards the start) or down within its list. Places change no version
     * (see {@link Places}): whoever is editing one of the items can still save it. False when it is already
     * first (or last).
     */
    public boolean move(long id, boolean up) {
        T item = get(id);
        Optional<List<T>> moved = Places.moveOnePlace(sameList(item), item, up);
        moved.ifPresent(order -> {
            Places.number(em, kind.table(), order);
            audit.record("MOVE", kind.name(), id, item.getTitle() + (up ? " up" : " down"));
            announce(item, Standing.of(item));
        });
        return moved.isPresent();
    }

    /** The item's revisions, newest first. */
    public List<Revision> listRevisions(long id) {
        return revisions.list(kind, id);
    }

    /** What differs between a revision of the item and the item as it is now. */
    public List<ContentDiff.Field> compare(long id, long revisionId) {
        Map<String, String> then = RevisionService.fields(revisions.get(kind, id, revisionId));
        return ContentDiff.between(then, get(id).snapshot());
    }

    /**
     * Puts back the content of a revision, as a new revision; the place in the list and the view count stay
     * as they are. Refused if the revision's address now belongs to another item.
     */
    public T restoreRevision(long id, long revisionId) {
        Revision restored = revisions.get(kind, id, revisionId);
        Map<String, String> fields = RevisionService.fields(restored);
        T item = get(id);
        Standing before = Standing.of(item);
        Set<String> mediaBefore = item.mediaPaths();
        revisions.recordBaseline(kind, item);
        item.restoreSnapshot(fields);
        restoreReferences(item, fields);
        rejectDuplicateSlug(item);
        item.setBody(RichText.sanitize(item.getBody()));
        return recorded(item, before, mediaBefore, "RESTORE_REVISION", restored.getNumber());
    }

    /** Records a change that leaves the item's pictures as they were. */
    private T recorded(T item, Standing before, String action) {
        return recorded(item, before, item.mediaPaths(), action);
    }

    private T recorded(T item, Standing before, Set<String> mediaBefore, String action) {
        return recorded(item, before, mediaBefore, action, null);
    }

    /** ... and, for a restore, the number of the revision restored. */
    private T recorded(T item, Standing before, Set<String> mediaBefore, String action, Integer restoredFrom) {
        item.savedBy(audit.actor());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEntityException();
        }
        unsavedUploads.track(mediaBefore, item.mediaPaths());
        revisions.record(kind, item, audit.actor(), restoredFrom);
        audit.record(action, kind.name(), item.getId(), item.getTitle() + " [" + item.stateAt(clock.now()) + "]");
        announce(item, before);
        return get(item.getId());
    }

    /** Tells the public pages what changed, once the transaction commits ({@code before}: null if new). */
    private void announce(T item, Standing before) {
        changes.fire(ItemChanges.of(kind, item.getId(), before, Standing.of(item)));
    }

    private List<T> sameList(T item) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root)
                .where(cb.isNull(root.get("deletedAt")), inListOf(cb, root, item))
                .orderBy(cb.asc(root.get("sortOrder")), cb.asc(root.get("id")));
        return em.createQuery(select).getResultList();
    }

    /** A place before every item of the list {@code item} joins: what staff just made or moved comes first. */
    protected int firstPlace(T item) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Integer> select = cb.createQuery(Integer.class);
        Root<T> root = select.from(type);
        select.select(cb.min(root.get("sortOrder"))).where(inListOf(cb, root, item));
        Integer first = em.createQuery(select).getSingleResult();
        return first == null ? 1 : first - 1;
    }

    private void rejectDuplicateSlug(T item) {
        if (isTaken(item.getSlug(), item)) {
            throw new DuplicateSlugException();
        }
    }

    /** Whether another item of the kind has this address. */
    private boolean isTaken(String slug, T item) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<T> root = select.from(type);
        select.select(root.get("id")).where(cb.equal(root.get("slug"), slug));
        return em.createQuery(select).getResultStream().anyMatch(owner -> !owner.equals(item.getId()));
    }

    /** The kind's order for its table outside the recycle bin. */
    protected abstract List<Order> listOrder(CriteriaBuilder cb, Root<T> root);

    /** Adds the kind's own conditions for a table (a category, say). */
    protected void narrow(CriteriaBuilder cb, Root<T> root, ItemFilter filter, List<Predicate> predicates) {}

    /** Fetches what a table row shows beyond the item itself. */
    protected void fetchForList(Root<T> root) {}

    /** The condition for the items ordered together with {@code item}: all of the kind, unless overridden. */
    protected Predicate inListOf(CriteriaBuilder cb, Root<T> root, T item) {
        return cb.conjunction();
    }

    /** Whether an edit left the item in the same ordered list (else it goes to the end of its new one). */
    protected boolean inSameList(T stored, T edited) {
        return true;
    }

    /** Resolves what a restored revision names by id (its category, say). */
    protected void restoreReferences(T item, Map<String, String> fields) {}

    /** Gives a copy what its source refers to beyond its content (its category, say). */
    protected void copyReferences(T source, T copy) {}

    /** The entity graph that loads what the edit page shows, if the kind has lazy parts. */
    protected Optional<String> wholeGraph() {
        return Optional.empty();
    }

    /** Loads what the entity graph leaves out: a second collection, which one query would multiply. */
    protected void fetchRest(T item) {}

    private Optional<ViewedItem> viewed(long id) {
        return kind.isCounted() ? Optional.of(new ViewedItem(kind, id)) : Optional.empty();
    }
}
