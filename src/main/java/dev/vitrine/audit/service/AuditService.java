package dev.vitrine.audit.service;

import dev.vitrine.audit.entity.AuditEntry;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.Paging;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The audit log: every change in the back office is recorded in the same transaction as the change. */
@Stateless
// Explicit, because some servers (WildFly) deny methods without a role annotation in a bean that has any.
@PermitAll
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    /** Records that the current caller did {@code action} to a target. */
    public void record(String action, String targetType, Long targetId, String summary) {
        String actor = session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
        em.persist(new AuditEntry(
                LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
                actor,
                action,
                targetType,
                targetId,
                summary));
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
