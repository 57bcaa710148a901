package dev.vitrine.inquiry.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.text.Csv;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

/** The inquiries as a spreadsheet for staff. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class InquiryExportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

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
}
