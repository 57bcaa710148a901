package dev.vitrine.site.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.media.service.UnsavedUploads;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.db.Places;
import dev.vitrine.site.entity.Banner;
import dev.vitrine.site.entity.HomeEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The home page's banner slides and friendly links: listed, saved, moved and deleted by staff. */
@Stateless
// Explicit, because some servers (WildFly) deny methods without a role annotation in a bean that has any.
@PermitAll
public class HomeEntryService {

    /** What the home page shows of these; a change refreshes it. */
    public static final String HOME = ContentChange.list("HOME");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnsavedUploads unsavedUploads;

    @Inject
    private AuditService audit;

    @Inject
    private Event<ContentChange> changes;

    /** The entries of one kind, in the staff's order. */
    public <T extends HomeEntry> List<T> list(Class<T> type) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e ORDER BY e.sortOrder, e.id", type)
                .getResultList();
    }

    /** The banner slides that show at {@code now}, in order. */
    public List<Banner> showingBanners(LocalDateTime now) {
        return list(Banner.class).stream().filter(banner -> banner.showsAt(now)).toList();
    }

    /** Whether a banner starts or ends after {@code after} and no later than {@code upTo}. */
    public boolean bannersChangeBetween(LocalDateTime after, LocalDateTime upTo) {
        return em.createQuery(
                                "SELECT COUNT(b) FROM Banner b WHERE (b.startsAt > :after AND b.startsAt <= :upTo)"
                                        + " OR (b.endsAt > :after AND b.endsAt <= :upTo)",
                                Long.class)
                        .setParameter("after", after)
                        .setParameter("upTo", upTo)
                        .getSingleResult()
                > 0;
    }

    /** Saves a new entry at the end of its list, or an edited one if nobody changed it meanwhile. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public <T extends HomeEntry> T save(T entry) {
        if (entry instanceof Banner banner) {
            banner.dropEmptyTitles();
        }
        String action = entry.isNew() ? "CREATE" : "UPDATE";
        try {
            String pictureBefore = null;
            T saved;
            if (entry.isNew()) {
                Integer last = em.createQuery(
                                "SELECT MAX(e.sortOrder) FROM "
                                        + entry.getClass().getSimpleName() + " e",
                                Integer.class)
                        .getSingleResult();
                entry.setSortOrder(last == null ? 1 : last + 1);
                em.persist(entry);
                saved = entry;
            } else {
                pictureBefore = get(entry.getClass(), entry.getId()).picture();
                saved = em.merge(entry);
            }
            em.flush();
            unsavedUploads.track(pictures(pictureBefore), pictures(saved.picture()));
            audit.record(action, kindOf(saved.getClass()), saved.getId(), saved.label());
            changes.fire(ContentChange.of(Set.of(HOME)));
            return saved;
        } catch (OptimisticLockException e) {
            throw new StaleEntityException();
        }
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public void delete(Class<? extends HomeEntry> type, long id) {
        HomeEntry entry = get(type, id);
        em.remove(entry);
        unsavedUploads.track(pictures(entry.picture()), Set.of());
        audit.record("DELETE", kindOf(type), id, entry.label());
        changes.fire(ContentChange.of(Set.of(HOME)));
    }

    /** Moves an entry one place up or down in its list. */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public <T extends HomeEntry> void move(Class<T> type, long id, boolean up) {
        T entry = get(type, id);
        Places.moveOnePlace(list(type), entry, up).ifPresent(moved -> {
            Places.number(em, type.getAnnotation(Table.class).name(), moved);
            audit.record("MOVE", kindOf(type), id, entry.label() + (up ? " up" : " down"));
            changes.fire(ContentChange.of(Set.of(HOME)));
        });
    }

    private <T extends HomeEntry> T get(Class<T> type, long id) {
        T entry = em.find(type, id);
        if (entry == null) {
            throw new NotFoundException();
        }
        return entry;
    }

    /** BANNER or FRIENDLY_LINK, as the audit log names kinds. */
    private static String kindOf(Class<?> type) {
        return type.getAnnotation(Table.class).name().toUpperCase(Locale.ROOT);
    }

    private static Set<String> pictures(String path) {
        return new HashSet<>(Stream.of(path).filter(Objects::nonNull).toList());
    }
}
