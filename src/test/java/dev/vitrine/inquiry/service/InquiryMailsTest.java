package dev.vitrine.inquiry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.mail.entity.OutgoingMail;
import dev.vitrine.shared.Language;
import dev.vitrine.site.entity.SiteSettings;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InquiryMailsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 8, 0);

    @Test
    void theAlertNamesTheSenderAndProductAndRepliesGoToTheSender() {
        Inquiry inquiry = new Inquiry("李女士", null, "020-3852 6671", "li@example.com", "有现货吗？", "zh-CN");
        inquiry.about(7L, "DSP 处理器");
        OutgoingMail alert = InquiryMails.alert(inquiry, List.of("sales@shop.test"), NOW);
        assertEquals("新留言：李女士（DSP 处理器）", alert.getSubject());
        assertEquals("li@example.com", alert.getReplyTo());
        assertTrue(alert.getBody().contains("公司：—"), alert.getBody());
        assertTrue(alert.getBody().contains("\n\n有现货吗？\n\n"), alert.getBody());
    }

    @Test
    void anAddressThatIsNotOneValidAddressDoesNotStopTheAlert() {
        Inquiry inquiry = new Inquiry("X", null, null, "x@x.example?cc=victim%40evil.example", "Hello", "en");
        OutgoingMail alert = InquiryMails.alert(inquiry, List.of("sales@shop.test"), NOW);
        assertEquals(null, alert.getReplyTo(), "no Reply-To a mail can't be built with");
        assertTrue(alert.getBody().contains("x@x.example?cc=victim%40evil.example"), "staff still see what was typed");
    }

    @Test
    void anAnswerIsInTheVisitorsLanguageSignedWithTheNameInItAndQuotesTheQuestion() {
        SiteSettings settings = new SiteSettings("珍珠音响");
        settings.textsIn(Language.ENGLISH).setCompanyName("Pearl Audio");
        settings.textsIn(Language.RUSSIAN).setCompanyName("Жемчужина Аудио");
        Inquiry inquiry = new Inquiry("Ann Lee", null, null, "ann@example.com", "Line one\nLine two", "en");
        assertEquals("Re: your inquiry to Pearl Audio", InquiryMails.answerSubject(inquiry, settings));
        String body = InquiryMails.answerBody(inquiry, "  Yes.  ", settings);
        assertEquals("Yes.\n\n-- \nPearl Audio\n\nAnn Lee wrote:\n> Line one\n> Line two\n", body);

        Inquiry chinese = new Inquiry("李女士", null, null, "li@example.com", "有货吗", "zh-CN");
        assertTrue(InquiryMails.answerBody(chinese, "有。", settings).contains("\n-- \n珍珠音响\n"));
        Inquiry russian = new Inquiry("Анна", null, null, "anna@example.com", "Есть в наличии?", "ru");
        assertEquals("Re: ваш запрос в компанию «Жемчужина Аудио»", InquiryMails.answerSubject(russian, settings));
        assertEquals(
                "Да.\n\n-- \nЖемчужина Аудио\n\nАнна пишет:\n> Есть в наличии?\n",
                InquiryMails.answerBody(russian, "Да.", settings));
        settings.textsIn(Language.ENGLISH).setCompanyName(null);
        assertTrue(InquiryMails.answerBody(inquiry, "Yes.", settings).contains("\n-- \n珍珠音响\n"), "no English name");
    }
}
