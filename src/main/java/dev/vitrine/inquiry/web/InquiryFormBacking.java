package dev.vitrine.inquiry.web;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.service.CatalogService;
import dev.vitrine.content.service.Localized;
import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.inquiry.service.FormToken;
import dev.vitrine.inquiry.service.InquiryIntakeService;
import dev.vitrine.inquiry.service.SpamCheck;
import dev.vitrine.mail.service.EmailAddress;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.web.ClientAddress;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.PublicRoutes;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.shared.web.VisitorLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The inquiry form on the contact page: a plain HTML form posted back to {@code /contact}, so it works
 * without JavaScript, cookies or a session. What was typed is shown again with a message next to each
 * field that is wrong; a sent inquiry leads to the confirmation ({@code /contact?sent}). The page carries
 * a signed time ({@link FormToken}) and a field only programs fill in, so it is never kept in the page
 * cache. With {@code ?product=<slug>} it asks about that product.
 */
@Named
@RequestScoped
public class InquiryFormBacking {

    private static final Pattern PHONE = Pattern.compile("[0-9+()./\\s-]{5,40}");

    @Inject
    private InquiryIntakeService inquiries;

    @Inject
    private CatalogService catalog;

    @Inject
    private FormToken tokens;

    @Inject
    private ShopClock clock;

    @Inject
    private RenderedPage rendered;

    @Inject
    private HttpServletRequest request;

    @Inject
    private VisitorLocale visitorLocale;

    @Inject
    private PageLanguage language;

    @Inject
    private InquiryMetrics metrics;

    private final Map<String, String> errors = new LinkedHashMap<>();
    private Product product;

    /** Runs before the contact page renders: takes a posted form, or prepares an empty one. */
    public void load() throws IOException {
        rendered.madeForThisRequest();
        product = PublicRoutes.isPlausibleSlug(param("product"))
                ? catalog.findProductPage(language.in(), param("product"))
                        .map(Localized::item)
                        .orElse(null)
                : null;
        if ("POST".equals(request.getMethod())) {
            receive();
        }
    }

    private void receive() throws IOException {
        String name = field("name", Inquiry.NAME_LENGTH);
        String company = field("company", Inquiry.COMPANY_LENGTH);
        String phone = field("phone", Inquiry.PHONE_LENGTH);
        String email = field("email", Inquiry.EMAIL_LENGTH);
        String message = field("message", Inquiry.MESSAGE_LENGTH);
        if (name.isEmpty()) {
            errors.put("name", "inquiry.nameMissing");
        }
        if (phone.isEmpty() && email.isEmpty()) {
            errors.put("contact", "inquiry.contactMissing");
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.put("phone", "inquiry.phoneInvalid");
        }
        if (!email.isEmpty() && !EmailAddress.isValid(email)) {
            errors.put("email", "inquiry.emailInvalid");
        }
        if (message.isEmpty()) {
            errors.put("message", "inquiry.messageMissing");
        }
        if (!errors.isEmpty()) {
            metrics.count(InquiryMetrics.Outcome.INVALID);
            return;
        }
        Inquiry inquiry = new Inquiry(
                name,
                blankToNull(company),
                blankToNull(phone),
                blankToNull(email),
                message,
                visitorLocale.getLanguageTag());
        if (product != null) {
            inquiry.about(product.getId(), product.getTitle());
        }
        List<String> suspicions = SpamCheck.reasons(
                param("website"), tokens.age(param("token"), clock.instant()), name + " " + company + " " + message);
        try {
            boolean stored = inquiries.receive(inquiry, ClientAddress.of(request), suspicions, param("token"));
            metrics.count(
                    !stored
                            ? InquiryMetrics.Outcome.DUPLICATE
                            : inquiry.getStatus() == InquiryStatus.SPAM
                                    ? InquiryMetrics.Outcome.SPAM
                                    : InquiryMetrics.Outcome.RECEIVED);
        } catch (BusinessException refused) {
            metrics.count(InquiryMetrics.Outcome.REFUSED);
            errors.put("form", refused.getMessageKey()); // shown with a new token; what was typed stays
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(language.getBase() + "/contact?sent");
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** A posted field, trimmed; past its length it is an error (kept as typed to show again). */
    private String field(String name, int maxLength) {
        String value = param(name) == null ? "" : param(name).strip();
        if (value.length() > maxLength) {
            errors.put(name, "inquiry.tooLong");
        }
        return value;
    }

    private String param(String name) {
        return request.getParameter(name);
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** What the visitor typed in a field, to show again after a mistake. */
    public String value(String name) {
        String value = param(name);
        return value == null || !"POST".equals(request.getMethod()) ? "" : value;
    }

    /** The message key of what is wrong with a field, or null. */
    public String error(String name) {
        return errors.get(name);
    }

    public boolean isSent() {
        return request.getParameter("sent") != null;
    }

    public String getToken() {
        return tokens.issue(clock.instant());
    }

    public Product getProduct() {
        return product;
    }
}
