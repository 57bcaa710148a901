package dev.vitrine.mail.entity;

import dev.vitrine.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A mail in the outbox. It is written in the transaction of what it is about (a new inquiry, an answer),
 * so it exists exactly when that does; a timer sends it and, when the SMTP server fails, tries again after
 * growing pauses until it is marked {@link MailStatus#FAILED}. Times are UTC.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends BaseEntity {

    public static final int RECIPIENTS_LENGTH = 1000;
    public static final int SUBJECT_LENGTH = 300;
    public static final int ERROR_LENGTH = 500;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status = MailStatus.PENDING;

    /** Addresses, comma-separated. */
    @Column(nullable = false, length = RECIPIENTS_LENGTH)
    private String recipients;

    @Column(name = "reply_to", length = 254)
    private String replyTo;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "inquiry_id")
    private Long inquiryId;

    /** The staff member who wrote it; none for alerts. */
    @Column(name = "sent_by", length = 50)
    private String sentBy;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt", nullable = false)
    private LocalDateTime nextAttempt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(List<String> recipients, String subject, String body, LocalDateTime nowUtc) {
        this.recipients = String.join(",", recipients);
        this.subject = subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
        this.body = body;
        this.nextAttempt = nowUtc;
    }

    /** The inquiry it belongs to, and who wrote it (null for an alert). */
    public OutgoingMail about(Long inquiryId, String sentBy) {
        this.inquiryId = inquiryId;
        this.sentBy = sentBy;
        return this;
    }

    public OutgoingMail replyTo(String address) {
        this.replyTo = address == null || address.isBlank() ? null : address;
        return this;
    }

    /** Taken by a sender for one try: counted, and left alone by other senders until {@code until}. */
    public void claim(LocalDateTime until) {
        attempts++;
        nextAttempt = until;
    }

    public void sent(LocalDateTime nowUtc) {
        status = MailStatus.SENT;
        sentAt = nowUtc;
        lastError = null;
    }

    /** A failed try: the next one after the pause for this many tries, or none when the pauses are used up. */
    public void failed(String error, List<Duration> pauses, LocalDateTime nowUtc) {
        lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        if (attempts > pauses.size()) {
            status = MailStatus.FAILED;
        } else {
            nextAttempt = nowUtc.plus(pauses.get(attempts - 1));
        }
    }

    /** Staff asked for another round of tries. */
    public void retry(LocalDateTime nowUtc) {
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttempt = nowUtc;
    }

    public MailStatus getStatus() {
        return status;
    }

    public List<String> getRecipients() {
        return List.of(recipients.split(","));
    }

    public String getReplyTo() {
        return replyTo;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Long getInquiryId() {
        return inquiryId;
    }

    public String getSentBy() {
        return sentBy;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttempt() {
        return nextAttempt;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
