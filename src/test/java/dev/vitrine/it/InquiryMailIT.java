package dev.vitrine.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.inquiry.service.InquiryInboxService;
import dev.vitrine.inquiry.service.InquiryIntakeService;
import dev.vitrine.mail.entity.MailStatus;
import dev.vitrine.mail.entity.OutgoingMail;
import dev.vitrine.shared.Language;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.SiteService;
import dev.vitrine.testing.RunAsAdmin;
import dev.vitrine.testing.RunAsEditor;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inquiry mail through a real SMTP server (GreenMail, started in the server under test on the port the
 * build gives it in {@code VITRINE_SMTP_PORT}; retries every 2 s, three times): the alert to staff, the
 * answer to the visitor, and a server that is down and comes back.
 */
@ExtendWith(ArquillianExtension.class)
class InquiryMailIT {

    private static final List<String> STAFF = List.of("sales@shop.test", "boss@shop.test");

    @Inject
    RunAsEditor asEditor;

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    InquiryInboxService inquiries;

    @Inject
    InquiryIntakeService intake;

    @Inject
    SiteService site;

    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aNewInquiryAlertsStaffInChineseAndAReplyGoesToTheVisitor() throws Exception {
        alertStaff();
        startSmtp();
        Inquiry inquiry = receive("请问 A4 功放能装在卡罗拉副驾座椅下吗？");

        MimeMessage alert = awaitMailWith(inquiry.getMessage());
        assertEquals("新留言：王先生（A4 四声道功放）", alert.getSubject());
        String body = text(alert);
        assertTrue(body.contains("王先生 在网站上留言") && body.contains("138 0013 8000"), body);
        assertEquals(
                STAFF,
                Arrays.stream(alert.getRecipients(Message.RecipientType.TO))
                        .map(address -> ((InternetAddress) address).getAddress())
                        .toList());
        assertEquals("wang@example.com", ((InternetAddress) alert.getReplyTo()[0]).getAddress());
        assertEquals("shop@vitrine.test", ((InternetAddress) alert.getFrom()[0]).getAddress());
    }

    @Test
    void anEditorAnswersByMailTheAnswerStaysWithTheInquiryAndOnlyAnAdminDeletesBoth() throws Exception {
        startSmtp();
        Inquiry inquiry = receive("Is there an English manual?");
        String answer = "Yes, it comes in the box. " + UUID.randomUUID();

        OutgoingMail queued = asEditor.call(() -> inquiries.answer(inquiry.getId(), null, answer))
                .orElseThrow();
        MimeMessage sent = awaitMailWith(answer);
        assertEquals("wang@example.com", ((InternetAddress) sent.getAllRecipients()[0]).getAddress());
        assertTrue(sent.getSubject().startsWith("回复："), sent.getSubject());
        assertTrue(text(sent).contains("> " + inquiry.getMessage()), "quotes the question");

        Inquiry answered = asEditor.call(() -> inquiries.get(inquiry.getId()));
        assertEquals(InquiryStatus.ANSWERED, answered.getStatus());
        assertTrue(answered.getNotes().contains(queued.getSubject()), answered.getNotes());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailsOf(inquiry).stream()
                        .anyMatch(mail -> mail.getBody().contains(answer) && mail.getStatus() == MailStatus.SENT));

        assertThrows(
                EJBAccessException.class,
                () -> asEditor.call(() -> {
                    inquiries.delete(inquiry.getId());
                    return null;
                }));
        asAdmin.call(() -> {
            inquiries.delete(inquiry.getId());
            return null;
        });
        assertTrue(mailsOf(inquiry).isEmpty(), "its mails are deleted with it");
    }

    @Test
    void whileTheSmtpServerIsDownTheMailWaitsAndGoesOutWhenItIsBack() throws Exception {
        Inquiry inquiry = receive("Do you ship to Chengdu?");
        OutgoingMail queued = asEditor.call(() -> inquiries.answer(inquiry.getId(), "Shipping", "We do."))
                .orElseThrow();

        OutgoingMail failing = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> mail(inquiry, queued.getId()),
                        mail -> mail.getAttempts() >= 1 && mail.getLastError() != null);
        assertEquals(MailStatus.PENDING, failing.getStatus(), "tried again later");

        startSmtp();
        MimeMessage sent = awaitMailWith("We do.");
        assertEquals("Shipping", sent.getSubject());
        Inquiry kept = asEditor.call(() -> inquiries.get(inquiry.getId()));
        assertEquals(inquiry.getMessage(), kept.getMessage());
        assertEquals(inquiry.getEmail(), kept.getEmail());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mail(inquiry, queued.getId()).getStatus() == MailStatus.SENT);
    }

    @Test
    void aMailIsMarkedFailedAfterTheLastTryAndGoesOutWhenTriedAgain() throws Exception {
        Inquiry inquiry = receive("Can I pay by invoice?");
        OutgoingMail queued = asEditor.call(() -> inquiries.answer(inquiry.getId(), "Invoice", "Yes, you can."))
                .orElseThrow();

        OutgoingMail failed = await().atMost(Duration.ofSeconds(60))
                .until(() -> mail(inquiry, queued.getId()), mail -> mail.getStatus() == MailStatus.FAILED);
        assertEquals(4, failed.getAttempts(), "the first try and three more");
        assertNotNull(failed.getLastError());

        startSmtp();
        asEditor.call(() -> {
            inquiries.retryMail(queued.getId());
            return null;
        });
        awaitMailWith("Yes, you can.");
    }

    // ---- helpers

    @Test
    void anAnswerToAnInquiryWrittenInEnglishNamesTheCompanyInEnglish() throws Exception {
        startSmtp();
        SiteSettings settings = site.getSettings();
        String english = settings.in(Language.ENGLISH).getCompanyName();
        assertNotEquals(settings.getCompanyName(), english, "the demo shop has an English name");
        Inquiry inquiry = receive("Do you ship to Hong Kong?", "en");
        String answer = "Yes, in three days. " + UUID.randomUUID();

        asEditor.call(() -> inquiries.answer(inquiry.getId(), null, answer)).orElseThrow();
        MimeMessage sent = awaitMailWith(answer);
        assertEquals("Re: your inquiry to " + english, sent.getSubject());
        assertTrue(text(sent).contains(english), "signed with the English name: " + text(sent));
        assertFalse(text(sent).contains(settings.getCompanyName()), "no Chinese name in an English answer");
    }

    private void startSmtp() {
        smtp = new GreenMail(
                new ServerSetup(Integer.parseInt(System.getenv("VITRINE_SMTP_PORT")), "127.0.0.1", "smtp"));
        smtp.start();
    }

    private void alertStaff() throws Exception {
        asAdmin.call(() -> {
            SiteSettings settings = site.getSettings();
            settings.setInquiryAlertTo(String.join(", ", STAFF));
            return site.update(settings);
        });
    }

    /** An inquiry about the A4 amplifier, as the contact form hands it over. */
    private Inquiry receive(String question) throws Exception {
        return receive(question, "zh-CN");
    }

    private Inquiry receive(String question, String language) throws Exception {
        String message = question + " " + UUID.randomUUID().toString().substring(0, 8);
        Inquiry inquiry = new Inquiry("王先生", null, "138 0013 8000", "wang@example.com", message, language);
        inquiry.about(1L, "A4 四声道功放");
        assertTrue(intake.receive(inquiry, "198.18.200." + (int) (Math.random() * 250), List.of(), null));
        return asEditor.call(() -> inquiries.folder(InquiryStatus.NEW, message)).get(0);
    }

    private MimeMessage awaitMailWith(String text) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> Arrays.stream(smtp.getReceivedMessages())
                                .filter(mail -> text(mail).contains(text))
                                .findFirst()
                                .orElse(null),
                        mail -> mail != null);
    }

    /** A received mail's text, decoded. */
    static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<OutgoingMail> mailsOf(Inquiry inquiry) throws Exception {
        return asEditor.call(() -> inquiries.mailsOf(List.of(inquiry))).getOrDefault(inquiry.getId(), List.of());
    }

    private OutgoingMail mail(Inquiry inquiry, long id) throws Exception {
        return mailsOf(inquiry).stream()
                .filter(mail -> mail.getId() == id)
                .findFirst()
                .orElseThrow();
    }
}
