package dev.vitrine.mail.service;

import dev.vitrine.mail.entity.MailStatus;
import dev.vitrine.mail.entity.OutgoingMail;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The outbox: mails are put in it in the transaction of what they are about and taken out by
 * {@link MailSender}. A sender claims a mail for one try by moving its next try past the time a try can take;
 * the version check lets only one sender claim it, so several instances can share the outbox.
 */
@Stateless
@PermitAll
public class Outbox {

    /** Longer than a try can take (three SMTP steps of at most 15 s). */
    static final Duration CLAIM = Duration.ofMinutes(2);

    private static final int BATCH = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    /** Whether mail goes out at all (an SMTP server and a from address are set). */
    public boolean enabled() {
        return SmtpSettings.current().isPresent();
    }

    /** Puts a mail in the outbox, with what it is about; none when mail is off. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<OutgoingMail> queue(OutgoingMail mail) {
        if (!enabled()) {
            return Optional.empty();
        }
        em.persist(mail);
        return Optional.of(mail);
    }

    /** The mails of these inquiries, oldest first. */
    public List<OutgoingMail> ofInquiries(Collection<Long> inquiryIds) {
        if (inquiryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT m FROM OutgoingMail m WHERE m.inquiryId IN :ids ORDER BY m.created, m.id",
                        OutgoingMail.class)
                .setParameter("ids", inquiryIds)
                .getResultList();
    }

    /** Deletes the mails of inquiries that are deleted (they hold their personal data). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void forgetInquiries(Collection<Long> inquiryIds) {
        em.createQuery("DELETE FROM OutgoingMail m WHERE m.inquiryId IN :ids")
                .setParameter("ids", inquiryIds)
                .executeUpdate();
    }

    /** How many mails are in a status (for {@link MailMetrics}). */
    public long count(MailStatus status) {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** Claims the mails due for a try, a few at a time. */
    public List<OutgoingMail> claimDue() {
        LocalDateTime now = clock.nowUtc();
        List<OutgoingMail> due = em.createQuery(
                        "SELECT m FROM OutgoingMail m WHERE m.status = :pending AND m.nextAttempt <= :now"
                                + " ORDER BY m.nextAttempt, m.id",
                        OutgoingMail.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(BATCH)
                .getResultList();
        due.forEach(mail -> mail.claim(now.plus(CLAIM)));
        return due;
    }

    public void sent(long id) {
        find(id).ifPresent(mail -> mail.sent(clock.nowUtc()));
    }

    public void failed(long id, String error, List<Duration> pauses) {
        find(id).ifPresent(mail -> mail.failed(error, pauses, clock.nowUtc()));
    }

    /** Another round of tries for a mail that failed. */
    public void retry(long id) {
        find(id).filter(mail -> mail.getStatus() == MailStatus.FAILED).ifPresent(mail -> mail.retry(clock.nowUtc()));
    }

    private Optional<OutgoingMail> find(long id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }
}
