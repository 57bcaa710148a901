package dev.vitrine.inquiry.service;

import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.mail.entity.OutgoingMail;
import dev.vitrine.mail.service.EmailAddress;
import dev.vitrine.shared.Language;
import dev.vitrine.site.entity.SiteSettings;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The wording of the mails about an inquiry, from the site's message bundles: the alert to staff is in
 * Chinese (the shop's language), an answer in the language the visitor wrote in, signed with the company's name
 * in that language.
 */
final class InquiryMails {

    private static final Locale SHOP = Locale.CHINESE;

    private InquiryMails() {}

    /** Tells staff of a new inquiry; replying to it writes to the visitor. */
    static OutgoingMail alert(Inquiry inquiry, List<String> staff, LocalDateTime nowUtc) {
        ResourceBundle text = ResourceBundle.getBundle("messages", SHOP);
        String subject = inquiry.getProductTitle() == null
                ? format(text, "mail.alert.subject", inquiry.getName())
                : format(text, "mail.alert.subjectProduct", inquiry.getName(), inquiry.getProductTitle());
        String body = format(
                text,
                "mail.alert.body",
                inquiry.getName(),
                orDash(inquiry.getCompany()),
                orDash(inquiry.getPhone()),
                orDash(inquiry.getEmail()),
                orDash(inquiry.getProductTitle()),
                inquiry.getMessage());
        // An address the form took before it checked strictly must not keep staff from being told.
        OutgoingMail alert = new OutgoingMail(staff, subject, body, nowUtc);
        return EmailAddress.isValid(inquiry.getEmail()) ? alert.replyTo(inquiry.getEmail()) : alert;
    }

    /** The subject an answer starts with, naming the company as the visitor's language does. */
    static String answerSubject(Inquiry inquiry, SiteSettings settings) {
        return format(
                ResourceBundle.getBundle("messages", visitorLanguage(inquiry).locale()),
                "mail.answer.subject",
                companyName(inquiry, settings));
    }

    /** The answer as the visitor gets it: the text, the company's name, and their own message quoted. */
    static String answerBody(Inquiry inquiry, String answer, SiteSettings settings) {
        StringBuilder body = new StringBuilder(answer.strip())
                .append("\n\n-- \n")
                .append(companyName(inquiry, settings))
                .append("\n\n")
                .append(format(
                        ResourceBundle.getBundle(
                                "messages", visitorLanguage(inquiry).locale()),
                        "mail.answer.quote",
                        inquiry.getName()))
                .append('\n');
        inquiry.getMessage()
                .lines()
                .forEach(line -> body.append("> ").append(line).append('\n'));
        return body.toString();
    }

    /** The company's name in the language the inquiry was written in, where the site has one. */
    private static String companyName(Inquiry inquiry, SiteSettings settings) {
        return settings.in(visitorLanguage(inquiry)).getCompanyName();
    }

    /** The language of the page the visitor wrote on ({@code zh-CN}, {@code en}, {@code ru}). */
    private static Language visitorLanguage(Inquiry inquiry) {
        return Language.ofCode(inquiry.getLanguage().split("-")[0]).orElse(Language.CHINESE);
    }

    private static String format(ResourceBundle text, String key, Object... arguments) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(arguments);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
