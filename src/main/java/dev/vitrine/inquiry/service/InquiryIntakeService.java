package dev.vitrine.inquiry.service;

import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.mail.service.Outbox;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.site.service.SiteService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Inquiries coming in from the contact form (anyone may send one): limited per address and in all, suspected
 * spam filed with its reasons, the same inquiry sent again within a day kept once, and staff told by mail.
 */
@Stateless
@PermitAll
public class InquiryIntakeService {

    @Inject
    private FormToken tokens;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

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

    /** What makes a resend recognisable: the contact and the message, ignoring case and spacing. */
    public static String fingerprintOf(Inquiry inquiry) {
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
