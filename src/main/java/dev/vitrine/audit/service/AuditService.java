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
import java.security.Principal;
import java.time.temporal.ChronoUnit;

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
        long total = em.createNamedQuery(AuditEntry.COUNT, Long.class).getSingleResult();
        return new PageResult<>(
                em.createNamedQuery(AuditEntry.LIST_NEWEST, AuditEntry.class)
                        .setFirstResult(Paging.firstResult(page, pageSize))
                        .setMaxResults(pageSize)
                        .getResultList(),
                page,
                pageSize,
                total);
    }
}
