package dev.vitrine.site.entity;

import dev.vitrine.shared.text.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.stream.Stream;

/**
 * The site settings' texts in a language other than Chinese: each empty one shows the Chinese text (but for
 * the description, of which a search engine is better told nothing than Chinese, and the promise about
 * answering inquiries, which falls back to the language's own default wording).
 */
@Embeddable
public class SiteTexts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = SiteSettings.NAME_LENGTH)
    @Column(name = "company_name", length = SiteSettings.NAME_LENGTH)
    private String companyName;

    @Size(max = SiteSettings.ADDRESS_LENGTH)
    @Column(length = SiteSettings.ADDRESS_LENGTH)
    private String address;

    @Size(max = SiteSettings.FOOTER_LENGTH)
    @Column(name = "footer_text", length = SiteSettings.FOOTER_LENGTH)
    private String footerText;

    @Size(max = SiteSettings.DESCRIPTION_LENGTH)
    @Column(length = SiteSettings.DESCRIPTION_LENGTH)
    private String description;

    @Size(max = SiteSettings.HOURS_LENGTH)
    @Column(name = "business_hours", length = SiteSettings.HOURS_LENGTH)
    private String businessHours;

    @Size(max = SiteSettings.ANSWER_PROMISE_LENGTH)
    @Column(name = "answer_promise", length = SiteSettings.ANSWER_PROMISE_LENGTH)
    private String answerPromise;

    /** Whether every text is empty (then the language has none stored). */
    public boolean isEmpty() {
        return Stream.of(companyName, address, footerText, description, businessHours, answerPromise)
                .allMatch(text -> text == null);
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = Texts.strippedOrNull(companyName);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Texts.strippedOrNull(address);
    }

    public String getFooterText() {
        return footerText;
    }

    public void setFooterText(String footerText) {
        this.footerText = Texts.strippedOrNull(footerText);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Texts.strippedOrNull(description);
    }

    public String getBusinessHours() {
        return businessHours;
    }

    public void setBusinessHours(String businessHours) {
        this.businessHours = Texts.strippedOrNull(businessHours);
    }

    public String getAnswerPromise() {
        return answerPromise;
    }

    public void setAnswerPromise(String answerPromise) {
        this.answerPromise = Texts.strippedOrNull(answerPromise);
    }
}
