package dev.vitrine.inquiry.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.mail.entity.OutgoingMail;
import dev.vitrine.mail.service.Outbox;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.SiteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The inquiries inbox: staff read, file, assign, note and answer inquiries; only admins delete them (they are
 * personal data).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class InquiryInboxService {

    /** Inquiries shown in one folder of the inbox, newest first. */
    public static final int FOLDER_SIZE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    @Inject
    private AuditService audit;

    @Inject
    private Outbox outbox;

    @Inject
    private SiteService site;

    /** The inquiries in a folder, newest first; with words, those that hold them all (any case). */
    public List<Inquiry> folder(InquiryStatus status, String words) {
        StringBuilder query = new StringBuilder("SELECT i FROM Inquiry i WHERE i.status = :status");
        List<String> patterns = words == null
                ? List.of()
                : Arrays.stream(words.strip().split("\\s+"))
                        .filter(word -> !word.isEmpty())
                        .limit(5)
                        .map(word -> "%" + word.toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1") + "%")
                        .toList();
        for (int i = 0; i < patterns.size(); i++) {
            query.append(" AND (");
            for (String field : SEARCHED) {
                query.append(field.equals(SEARCHED.get(0)) ? "" : " OR ")
                        .append("LOWER(i.")
                        .append(field)
                        .append(") LIKE :w")
                        .append(i)
                        .append(" ESCAPE '!'");
            }
            query.append(")");
        }
        TypedQuery<Inquiry> folder = em.createQuery(
                        query.append(" ORDER BY i.created DESC").toString(), Inquiry.class)
                .setParameter("status", status)
                .setMaxResults(FOLDER_SIZE);
        for (int i = 0; i < patterns.size(); i++) {
            folder.setParameter("w" + i, patterns.get(i));
        }
        return folder.getResultList();
    }

    /** What the inbox search looks in. */
    private static final List<String> SEARCHED =
            List.of("name", "company", "phone", "email", "productTitle", "message", "assignedTo");

    /** The mails of these inquiries (alerts, answers), by inquiry, oldest first. */
    public Map<Long, List<OutgoingMail>> mailsOf(List<Inquiry> shown) {
        return outbox.ofInquiries(shown.stream().map(Inquiry::getId).toList()).stream()
                .collect(Collectors.groupingBy(OutgoingMail::getInquiryId));
    }

    /** Whether mail goes out at all (an SMTP server and a from address are set). */
    public boolean mailEnabled() {
        return outbox.enabled();
    }

    /** The subject an answer to this inquiry starts with. */
    public String answerSubject(long id) {
        return InquiryMails.answerSubject(get(id), site.getSettings());
    }

    /**
     * Answers an inquiry by e-mail (queued in this transaction, sent within seconds) and files it as
     * answered; the answer stays with the inquiry. Empty when the inquiry has no e-mail address or mail is off.
     */
    public Optional<OutgoingMail> answer(long id, String subject, String text) {
        Inquiry inquiry = get(id);
        if (inquiry.getEmail() == null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        SiteSettings settings = site.getSettings();
        String body = InquiryMails.answerBody(inquiry, text, settings);
        OutgoingMail mail = new OutgoingMail(
                        List.of(inquiry.getEmail()),
                        subject == null || subject.isBlank() ? answerSubject(id) : subject.strip(),
                        body,
                        clock.nowUtc())
                .replyTo(settings.getEmail())
                .about(id, audit.actor());
        Optional<OutgoingMail> queued = outbox.queue(mail);
        queued.ifPresent(sent -> {
            inquiry.setStatus(InquiryStatus.ANSWERED);
            inquiry.addNote(stamp() + " ✉ " + sent.getSubject());
            audit.record("ANSWER", "INQUIRY", id, sent.getSubject());
        });
        return queued;
    }

    /** Another round of tries for a mail that failed. */
    public void retryMail(long mailId) {
        outbox.retry(mailId);
    }

    /** How many inquiries nobody has looked at yet, for the header and the dashboard. */
    public long countNew() {
        return em.createNamedQuery(Inquiry.COUNT_BY_STATUS, Long.class)
                .setParameter("status", InquiryStatus.NEW)
                .getSingleResult();
    }

    /** How many inquiries wait in the spam folder for someone to check (they are deleted after 30 days). */
    public long countSpam() {
        return em.createNamedQuery(Inquiry.COUNT_BY_STATUS, Long.class)
                .setParameter("status", InquiryStatus.SPAM)
                .getSingleResult();
    }

    /** Inquiries received per day in the shop's time zone (spam left out), from {@code first} on. */
    public Map<LocalDate, Long> perDay(LocalDate first) {
        LocalDateTime sinceUtc = first.atStartOfDay(clock.zone())
                .withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        return em
                .createQuery(
                        "SELECT i.created FROM Inquiry i WHERE i.created >= :since AND i.status <> :spam",
                        LocalDateTime.class)
                .setParameter("since", sinceUtc)
                .setParameter("spam", InquiryStatus.SPAM)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        created -> created.atOffset(ZoneOffset.UTC)
                                .atZoneSameInstant(clock.zone())
                                .toLocalDate(),
                        Collectors.counting()));
    }

    public Inquiry get(long id) {
        return Optional.ofNullable(em.find(Inquiry.class, id)).orElseThrow(NotFoundException::new);
    }

    /** Moves an inquiry to another folder (taking it out of spam is moving it to NEW). */
    public Inquiry move(long id, InquiryStatus status) {
        Inquiry inquiry = get(id);
        inquiry.setStatus(status);
        inquiry.addNote(stamp() + " → " + status);
        audit.record("FILE", "INQUIRY", id, status.name());
        return inquiry;
    }

    public Inquiry assign(long id, String username) {
        Inquiry inquiry = get(id);
        inquiry.setAssignedTo(username == null || username.isBlank() ? null : username);
        audit.record("ASSIGN", "INQUIRY", id, inquiry.getAssignedTo());
        return inquiry;
    }

    /** An internal note, signed and dated; visitors never see notes. */
    public Inquiry addNote(long id, String note) {
        Inquiry inquiry = get(id);
        inquiry.addNote(stamp() + ": " + note.strip());
        audit.record("NOTE", "INQUIRY", id, note.strip());
        return inquiry;
    }

    /** Deletes an inquiry for good, with the personal data in it. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(long id) {
        Inquiry inquiry = get(id);
        outbox.forgetInquiries(List.of(id));
        em.remove(inquiry);
        audit.record("DELETE", "INQUIRY", id, inquiry.getStatus().name());
    }

    private String stamp() {
        return clock.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " " + audit.actor();
    }
}
