package dev.vitrine.mail.service;

import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.mail.entity.OutgoingMail;
import dev.vitrine.shared.jobs.Jobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due in the {@link Outbox} every few seconds, outside any transaction (an SMTP server can be
 * slow), recording each try's outcome in a transaction of its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    private Outbox outbox;

    /** The timer sends on one instance of the site; the outbox's claims keep a mail from going twice anyway. */
    @Inject
    private Cluster cluster;

    @Inject
    private Jobs jobs;

    @Inject
    private MailMetrics metrics;

    /** A round that finds the previous one still sending (a slow server) is skipped. */
    private final AtomicBoolean sending = new AtomicBoolean();

    /**
     * Every 5 seconds; late after 15 minutes, more than a round of many tries at 15 s each. Every instance
     * runs the round (and so beats), the leader alone sends.
     */
    @PostConstruct
    void start() {
        jobs.every("mail sender", Duration.ofSeconds(5), Duration.ofMinutes(15), this::sendDueEveryFewSeconds);
    }

    void sendDueEveryFewSeconds() {
        if (cluster.grid().isLeader()) {
            sendDue();
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        Optional<SmtpSettings> smtp = SmtpSettings.current();
        if (smtp.isEmpty() || !sending.compareAndSet(false, true)) {
            return;
        }
        try {
            for (OutgoingMail mail : outbox.claimDue()) {
                send(smtp.get(), mail);
            }
        } catch (EJBException e) {
            // Another instance claimed the same mails first (version check), or the database is away: next round.
            LOG.log(Level.FINE, "No mails claimed this round", e);
        } finally {
            sending.set(false);
        }
    }

    private void send(SmtpSettings smtp, OutgoingMail mail) {
        Optional<String> error = deliver(smtp, mail);
        if (error.isEmpty()) {
            outbox.sent(mail.getId());
            metrics.sent();
        } else {
            metrics.tryFailed();
            LOG.log(Level.WARNING, "Mail {0} not sent (try {1}): {2}", new Object[] {
                mail.getId(), mail.getAttempts(), error.get()
            });
            outbox.failed(mail.getId(), error.get(), smtp.retries());
        }
    }

    /** Hands the mail to the SMTP server; what went wrong, if anything. */
    private static Optional<String> deliver(SmtpSettings smtp, OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(smtp.sessionProperties()));
            message.setFrom(new InternetAddress(smtp.from()));
            for (String recipient : mail.getRecipients()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
            }
            if (mail.getReplyTo() != null) {
                message.setReplyTo(new InternetAddress[] {new InternetAddress(mail.getReplyTo())});
            }
            message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            if (smtp.user() != null) {
                Transport.send(message, smtp.user(), smtp.password());
            } else {
                Transport.send(message);
            }
            return Optional.empty();
        } catch (MessagingException | RuntimeException e) {
            return Optional.of(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
