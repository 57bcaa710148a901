package dev.vitrine.inquiry.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.mail.service.Outbox;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.jobs.Jobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;

/** How long inquiries are kept: suspected spam goes after {@value #SPAM_KEPT_DAYS} days. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class InquiryRetentionService {

    @Inject
    private Cluster cluster;

    @Inject
    private Jobs jobs;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    @Inject
    private Outbox outbox;

    /** How long suspected spam is kept before it is deleted: long enough to take a false positive back. */
    public static final int SPAM_KEPT_DAYS = 30;

    /** Deletes suspected spam older than {@value #SPAM_KEPT_DAYS} days (daily, and for tests); returns how many. */
    public int purgeOldSpam() {
        List<Long> old = em.createQuery(
                        "SELECT i.id FROM Inquiry i WHERE i.status = :spam AND i.created < :cutoff", Long.class)
                .setParameter("spam", InquiryStatus.SPAM)
                .setParameter("cutoff", clock.nowUtc().minusDays(SPAM_KEPT_DAYS))
                .getResultList();
        if (old.isEmpty()) {
            return 0;
        }
        outbox.forgetInquiries(old);
        return em.createQuery("DELETE FROM Inquiry i WHERE i.id IN :ids")
                .setParameter("ids", old)
                .executeUpdate();
    }

    /** Every night, on one instance of the site; two days without a round make the instance not ready. */
    @Schedule(hour = "3", minute = "17", persistent = false)
    void purgeOldSpamDaily() {
        jobs.run("spam clean-up", Duration.ofDays(2), () -> {
            if (cluster.grid().isLeader()) {
                purgeOldSpam();
            }
        });
    }
}
