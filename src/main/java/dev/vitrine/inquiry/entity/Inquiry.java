package dev.vitrine.inquiry.entity;

import dev.vitrine.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a visitor asked, from the contact form: who (name, company, phone and/or e-mail), what, in which
 * language, about which product (its title as it was then). Staff move it through the inbox
 * ({@link InquiryStatus}), assign it and keep notes. The sender's address is kept for the spam limits
 * and goes with the inquiry when it is deleted.
 */
@Entity
@Table(name = "inquiry")
@NamedQuery(
        name = Inquiry.FROM_ADDRESS_SINCE,
        query = "SELECT COUNT(i) FROM Inquiry i WHERE i.clientAddress = :address AND i.created >= :since")
@NamedQuery(
        name = Inquiry.SAME_SINCE,
        query = "SELECT COUNT(i) FROM Inquiry i WHERE i.fingerprint = :fingerprint AND i.created >= :since")
@NamedQuery(name = Inquiry.COUNT_BY_STATUS, query = "SELECT COUNT(i) FROM Inquiry i WHERE i.status = :status")
@NamedQuery(name = Inquiry.COUNT_SINCE, query = "SELECT COUNT(i) FROM Inquiry i WHERE i.created >= :since")
public class Inquiry extends BaseEntity {

    public static final String FROM_ADDRESS_SINCE = "Inquiry.fromAddressSince";
    public static final String SAME_SINCE = "Inquiry.sameSince";
    public static final String COUNT_BY_STATUS = "Inquiry.countByStatus";
    public static final String COUNT_SINCE = "Inquiry.countSince";

    public static final int NAME_LENGTH = 100;
    public static final int COMPANY_LENGTH = 200;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 254;
    public static final int MESSAGE_LENGTH = 3000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InquiryStatus status = InquiryStatus.NEW;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = COMPANY_LENGTH)
    @Column(length = COMPANY_LENGTH)
    private String company;

    @Size(max = PHONE_LENGTH)
    @Column(length = PHONE_LENGTH)
    private String phone;

    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @NotBlank
    @Size(max = MESSAGE_LENGTH)
    @Column(nullable = false)
    private String message;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "product_title", length = 300)
    private String productTitle;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "spam_reasons", length = 300)
    private String spamReasons;

    @Column(name = "assigned_to", length = 50)
    private String assignedTo;

    private String notes;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    protected Inquiry() {
        // for JPA
    }

    public Inquiry(String name, String company, String phone, String email, String message, String language) {
        this.name = name;
        this.company = company;
        this.phone = phone;
        this.email = email;
        this.message = message;
        this.language = language;
    }

    /** The product asked about, by its id and its title at the time. */
    public void about(Long productId, String productTitle) {
        this.productId = productId;
        this.productTitle = productTitle;
    }

    /** Where it came from, and what makes a resend of it recognisable. */
    public void receivedFrom(String clientAddress, String fingerprint) {
        this.clientAddress = clientAddress;
        this.fingerprint = fingerprint;
    }

    /** Puts it in the spam folder, saying why. */
    public void suspect(String reasons) {
        this.status = InquiryStatus.SPAM;
        this.spamReasons = reasons;
    }

    public void addNote(String note) {
        notes = notes == null || notes.isEmpty() ? note : notes + "\n" + note;
    }

    public InquiryStatus getStatus() {
        return status;
    }

    /** Moves it to a folder; out of the spam folder, the reasons it was suspected go (its notes keep the move). */
    public void setStatus(InquiryStatus status) {
        this.status = status;
        if (status != InquiryStatus.SPAM) {
            this.spamReasons = null;
        }
    }

    public String getName() {
        return name;
    }

    public String getCompany() {
        return company;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getMessage() {
        return message;
    }

    public String getLanguage() {
        return language;
    }

    public Long getProductId() {
        return productId;
    }

    public String getProductTitle() {
        return productTitle;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getSpamReasons() {
        return spamReasons;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(String assignedTo) {
        this.assignedTo = assignedTo;
    }

    public String getNotes() {
        return notes;
    }

    public String getFingerprint() {
        return fingerprint;
    }
}
