package dev.vitrine.inquiry.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.mail.entity.OutgoingMail;
import dev.vitrine.mail.service.Outbox;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.jobs.Jobs;
import dev.vitrine.shared.text.Csv;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.SiteService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Inquiries: visitors send them (anyone may), staff read and answer them, only admins delete them (they
 * are personal data). Suspected spam is kept in the spam folder with its reasons; the same inquiry sent
 * again within a day is kept once.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class InquiryService {

    /** Inquiries shown in one folder of the inbox, newest first. */
    public static final int FOLDER_SIZE = 500;

    @Inject
    private Cluster cluster;

    @Inject
    private Jobs jobs;

    @Inject
    private FormToken tokens;

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

    /**
     * Takes an inquiry from the contact form, after the form's own checks ({@code suspicions}: honeypot,
     * signed time); adds the per-address limit, the bounds on what is stored ({@link InquiryLimits}) and uses
     * up the form's token ({@link FormToken}). Returns false when the same inquiry came already today (thanked
     * again, kept once).
     *
     * @throws BusinessException with the message for the visitor when the inquiry is refused, not stored
     */
    @PermitAll
    public boolean receive(Inquiry inquiry, String clientAddress, List<String> suspicions, String token) {
        LocalDateTime nowUtc = clock.nowUtc();
        String fingerprint = fingerprintOf(inquiry);
        long same = em.createNamedQuery(Inquiry.SAME_SINCE, Long.class)
                .setParameter("fingerprint", fingerprint)
                .setParameter("since", nowUtc.minusDays(1))
                .getSingleResult();
        if (same > 0) {
            return false;
        }
        Optional<String> refusal = InquiryLimits.refusal(
                fromAddressSince(clientAddress, nowUtc.minusDays(1)),
                em.createNamedQuery(Inquiry.COUNT_SINCE, Long.class)
                        .setParameter("since", nowUtc.minusDays(1))
                        .getSingleResult());
        if (refusal.isPresent()) {
            throw new BusinessException(refusal.get());
        }
        if (!tokens.use(token, clock.instant())) {
            throw new BusinessException("inquiry.formUsed");
        }
        List<String> reasons = new ArrayList<>(suspicions);
        if (fromAddressSince(clientAddress, nowUtc.minusHours(1)) >= SpamCheck.MAX_PER_ADDRESS_PER_HOUR) {
            reasons.add("tooMany");
        }
        inquiry.receivedFrom(clientAddress, fingerprint);
        if (!reasons.isEmpty()) {
            inquiry.suspect(String.join(",", reasons));
        }
        em.persist(inquiry);
        if (inquiry.getStatus() == InquiryStatus.NEW) {
            List<String> staff = site.getSettings().inquiryAlertAddresses();
            if (!staff.isEmpty()) {
                outbox.queue(InquiryMails.alert(inquiry, staff, nowUtc).about(inquiry.getId(), null));
            }
        }
        return true;
    }

    private long fromAddressSince(String clientAddress, LocalDateTime since) {
        return em.createNamedQuery(Inquiry.FROM_ADDRESS_SINCE, Long.class)
                .setParameter("address", clientAddress)
                .setParameter("since", since)
                .getSingleResult();
    }

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
        return InquiryMails.answerSubject(get(id), site.getSettings().getCompanyName());
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
        String body = InquiryMails.answerBody(inquiry, text, settings.getCompanyName());
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

    /** How long suspected spam is kept before it is deleted: long enough to take a false positive back. */
    public static final int SPAM_KEPT_DAYS = 30;

    /** Deletes suspected spam older than {@value #SPAM_KEPT_DAYS} days (daily, and for tests); returns how many. */
    @RolesAllowed(Role.ADMIN_NAME)
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

    /**
     * Every inquiry but spam, newest first, as CSV (cells defused for spreadsheets), in the shop's time, with
     * headers and folders in the words of {@code words} (the staff member's language).
     */
    public String csv(ResourceBundle words) {
        StringBuilder csv = new StringBuilder(words.getString("csv.inquiries.header") + "\r\n");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        List<Inquiry> all = em.createQuery(
                        "SELECT i FROM Inquiry i WHERE i.status <> :spam ORDER BY i.created DESC", Inquiry.class)
                .setParameter("spam", InquiryStatus.SPAM)
                .getResultList();
        for (Inquiry inquiry : all) {
            String received = inquiry.getCreated()
                    .atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(clock.zone())
                    .format(time);
            csv.append(String.join(
                            ",",
                            Csv.field(received),
                            Csv.field(words.getString(
                                    "inquiry.folder." + inquiry.getStatus().name())),
                            Csv.field(inquiry.getName()),
                            Csv.field(inquiry.getCompany()),
                            Csv.field(inquiry.getPhone()),
                            Csv.field(inquiry.getEmail()),
                            Csv.field(inquiry.getProductTitle()),
                            Csv.field(inquiry.getMessage()),
                            Csv.field(inquiry.getAssignedTo())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private String stamp() {
        return clock.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " " + audit.actor();
    }

    /** What makes a resend recognisable: the contact and the message, ignoring case and spacing. */
    static String fingerprintOf(Inquiry inquiry) {
        String key = String.join(
                "\n",
                normal(inquiry.getEmail()),
                normal(inquiry.getPhone()),
                normal(inquiry.getMessage()),
                String.valueOf(inquiry.getProductId()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
