package dev.vitrine.audit.service;

import dev.vitrine.audit.entity.AuditEntry;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.Paging;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.security.Principal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The audit log: every change in the back office is recorded in the same transaction as the change. */
@Stateless
// Explicit, because some servers (WildFly) deny methods without a role annotation in a bean that has any.
@PermitAll
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    @Resource
    private SessionContext session;

    /** Who the log names for what the application does by itself (the demo content, scheduled work). */
    public static final String SYSTEM = "system";

    /** The principal name a server gives a call that no one signed in made (WildFly's run-as default). */
    public static final String ANONYMOUS = "anonymous";

    /**
     * Payara's run-as principal for what the application does by itself ({@code glassfish-ejb-jar.xml}): no
     * user name can contain "@", so no staff account can take its ADMIN role by being named like it.
     */
    public static final String SYSTEM_PRINCIPAL = "system@vitrine";

    /** Who is making the current call: the signed-in staff member, or {@value #SYSTEM}. */
    public String actor() {
        Principal caller = session.getCallerPrincipal();
        boolean application = caller == null
                || caller.getName().equalsIgnoreCase(ANONYMOUS)
                || caller.getName().equals(SYSTEM_PRINCIPAL);
        return application ? SYSTEM : caller.getName();
    }

    /** Records that the current caller did {@code action} to a target. */
    public void record(String action, String targetType, Long targetId, String summary) {
        em.persist(new AuditEntry(
                clock.nowUtc().truncatedTo(ChronoUnit.SECONDS), actor(), action, targetType, targetId, summary));
    }

    @RolesAllowed("ADMIN")
    public PageResult<AuditEntry> listNewest(int page, int pageSize) {
        return list(AuditFilter.NONE, page, pageSize);
    }

    /** A page of the entries that match, newest first. */
    @RolesAllowed("ADMIN")
    public PageResult<AuditEntry> list(AuditFilter filter, int page, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(matching(cb, counted, filter));
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.select(entry)
                .where(matching(cb, entry, filter))
                .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        return new PageResult<>(
                em.createQuery(select)
                        .setFirstResult(Paging.firstResult(page, pageSize))
                        .setMaxResults(pageSize)
                        .getResultList(),
                page,
                pageSize,
                em.createQuery(count).getSingleResult());
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (AuditFilter.given(filter.actor())) {
            predicates.add(cb.equal(entry.get("actor"), filter.actor().strip()));
        }
        if (AuditFilter.given(filter.targetType())) {
            predicates.add(cb.equal(entry.get("targetType"), filter.targetType()));
        }
        if (AuditFilter.given(filter.words())) {
            String like = "%"
                    + filter.words()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("%", "")
                            .replace("_", "") + "%";
            predicates.add(cb.like(cb.lower(entry.get("summary")), like));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** Everyone the log names, for the filter. */
    @RolesAllowed("ADMIN")
    public List<String> actors() {
        return em.createQuery("SELECT DISTINCT e.actor FROM AuditEntry e ORDER BY e.actor", String.class)
                .getResultList();
    }

    /** Every kind of thing the log names, for the filter. */
    @RolesAllowed("ADMIN")
    public List<String> targetTypes() {
        return em.createQuery("SELECT DISTINCT e.targetType FROM AuditEntry e ORDER BY e.targetType", String.class)
                .getResultList();
    }
}
