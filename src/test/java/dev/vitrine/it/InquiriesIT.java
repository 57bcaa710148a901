package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.entity.InquiryStatus;
import dev.vitrine.inquiry.service.FormToken;
import dev.vitrine.inquiry.service.InquiryExportService;
import dev.vitrine.inquiry.service.InquiryInboxService;
import dev.vitrine.inquiry.service.InquiryLimits;
import dev.vitrine.inquiry.service.InquiryRetentionService;
import dev.vitrine.testing.Http11;
import dev.vitrine.testing.MovableClock;
import dev.vitrine.testing.RunAsAdmin;
import dev.vitrine.testing.RunAsEditor;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contact form over plain HTTP (no cookie, no script) and the inbox behind it, in the server: inquiries
 * in both languages with their product, each spam rule against its case and an ordinary inquiry passing
 * them all, 100 at once, a resend kept once, and only admins deleting. Tokens are minted with the site's
 * own signer as if the form had been handed out a while ago.
 */
@ExtendWith(ArquillianExtension.class)
class InquiriesIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    RunAsEditor asEditor;

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    InquiryInboxService inquiries;

    @Inject
    InquiryExportService export;

    @Inject
    InquiryRetentionService retention;

    @Inject
    FormToken tokens;

    @Inject
    MovableClock clock;

    /** The request that runs the test: it came to this server, whose port it names. */
    @Inject
    HttpServletRequest runnerRequest;

    private final HttpClient http = Http11.client();

    private String base;

    @BeforeEach
    void base() {
        base = "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }

    @Test
    void aFormPostedInEachLanguageLandsInTheInboxWithItsProduct() throws Exception {
        String chinese = unique("请问这款功放适合卡罗拉吗？");
        HttpResponse<String> sent = post("contact?product=a4-class-d-amplifier", form("王先生", chinese), "zh-CN");
        assertEquals(302, sent.statusCode());
        assertTrue(sent.headers().firstValue("Location").orElse("").endsWith("/contact?sent"));
        assertFalse(sent.headers().firstValue("Set-Cookie").isPresent(), "no session for a visitor");
        Inquiry received = find(InquiryStatus.NEW, chinese);
        assertEquals("王先生", received.getName());
        assertEquals("zh-CN", received.getLanguage());
        assertTrue(
                received.getProductTitle() != null
                        && !received.getProductTitle().isBlank(),
                "with its product");

        String english = unique("Does the amplifier fit a 2019 Corolla?");
        HttpResponse<String> fromEnglishPage = post("en/contact", form("Ann Lee", english), "zh-CN");
        assertEquals(302, fromEnglishPage.statusCode());
        assertTrue(
                fromEnglishPage.headers().firstValue("Location").orElseThrow().endsWith("/en/contact?sent"),
                "thanked in English");
        Inquiry fromEnglish = find(InquiryStatus.NEW, english);
        assertEquals("en", fromEnglish.getLanguage(), "the page's language, whatever the browser says");
        assertEquals(null, fromEnglish.getProductTitle());
    }

    @Test
    void aMistakeIsToldNextToItsFieldAndWhatWasTypedStays() throws Exception {
        Map<String, String> noContact = form("李女士", unique("想了解安装时间"));
        noContact.remove("phone");
        noContact.remove("email");
        HttpResponse<String> answer = post("contact", noContact, "zh-CN");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("请留下电话或电子邮箱"), "says what is missing");
        assertTrue(answer.body().contains(noContact.get("message")), "keeps the message");
        assertTrue(answer.body().contains("value=\"李女士\""), "keeps the name");
        assertFalse(answer.headers().firstValue("Set-Cookie").isPresent());
    }

    @Test
    void anEmailFieldTakesOneAddressCheckedStrictly() throws Exception {
        // Issue 20: these were taken; their alerts failed and the inbox linked them with injected parameters.
        for (String email : List.of(
                "a@x.example,postmaster",
                "x@x.example?cc=victim%40evil.example&subject=hi",
                "\"><img src=x>@x.example")) {
            Map<String, String> form = form("Mallory", unique("About the amplifier"));
            form.put("email", email);
            HttpResponse<String> answer = post("contact", form, "zh-CN");
            assertEquals(200, answer.statusCode(), email);
            assertTrue(answer.body().contains("电子邮箱的格式应为"), email + ": says what is wrong");
            assertTrue(answer.body().contains(form.get("message")), email + ": keeps the message to send again");
            assertFalse(answer.body().contains("<img src=x>"), "shown back as text");
            for (InquiryStatus folder : List.of(InquiryStatus.NEW, InquiryStatus.SPAM)) {
                assertTrue(
                        asEditor.call(() -> inquiries.folder(folder, null)).stream()
                                .noneMatch(inquiry -> email.equals(inquiry.getEmail())),
                        email + " stored");
            }
        }
    }

    @Test
    void eachSpamRuleSendsItsCaseToTheSpamFolderWithItsReason() throws Exception {
        Map<String, String> honeypot = form("Bot", unique("honeypot"));
        honeypot.put("website", "http://seo.example");
        Map<String, String> fast = form("Bot", unique("too fast http://a.example http://b.example http://c.example"));
        fast.put("token", tokens.issue(clock.instant()));
        Map<String, String> unsigned = form("Bot", unique("unsigned"));
        unsigned.put("token", "1700000000000.forged");
        Map<String, String> links = form("Bot", unique("cheap http://a.example http://b.example http://c.example"));
        Map<String, Map<String, String>> cases =
                Map.of("honeypot", honeypot, "tooFast,links", fast, "unsignedForm", unsigned, "links", links);
        for (Map.Entry<String, Map<String, String>> spam : cases.entrySet()) {
            assertEquals(302, post("contact", spam.getValue(), "zh-CN").statusCode(), "the sender sees no difference");
            Inquiry caught = find(InquiryStatus.SPAM, spam.getValue().get("message"));
            assertEquals(spam.getKey(), caught.getSpamReasons());
        }
        Inquiry caught = find(InquiryStatus.SPAM, honeypot.get("message"));
        assertEquals(
                null,
                asEditor.call(() -> inquiries.move(caught.getId(), InquiryStatus.NEW))
                        .getSpamReasons(),
                "taken out of spam, it is no longer marked as suspected");

        // Speed alone is not spam: a customer in a hurry, with a phone number (every inquiry leaves one or an e-mail).
        Map<String, String> hurried = form("王先生", unique("急！请马上回电，要 50 台功放"));
        hurried.put("token", tokens.issue(clock.instant()));
        assertEquals(302, post("contact", hurried, "zh-CN").statusCode());
        assertEquals(null, find(InquiryStatus.NEW, hurried.get("message")).getSpamReasons(), "in the inbox");

        String address = newAddress();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sent.add(unique("question " + i));
            post("contact", form("Busy", sent.get(i)), "zh-CN", address);
        }
        for (int i = 0; i < 5; i++) {
            find(InquiryStatus.NEW, sent.get(i));
        }
        assertEquals("tooMany", find(InquiryStatus.SPAM, sent.get(5)).getSpamReasons(), "the sixth in an hour");
    }

    @Test
    void aHundredAtOnceAllArriveAndAResendIsKeptOnce() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Map<String, String> form = form("Visitor " + i, "batch " + batch + " question " + i);
            posts.add(() -> post("contact", form, "zh-CN").statusCode());
        }
        for (Future<Integer> status : pool.invokeAll(posts)) {
            assertEquals(302, status.get());
        }
        pool.shutdown();
        List<Inquiry> arrived = asEditor.call(() -> inquiries.folder(InquiryStatus.NEW, null)).stream()
                .filter(inquiry -> inquiry.getMessage().startsWith("batch " + batch))
                .toList();
        assertEquals(100, arrived.size());
        assertEquals(100, arrived.stream().map(Inquiry::getMessage).distinct().count(), "none twice");

        Map<String, String> again = form("Visitor 0", "batch " + batch + " question 0");
        assertEquals(302, post("contact", again, "zh-CN").statusCode(), "a resend is thanked like the first");
        long copies = asEditor.call(() -> inquiries.folder(InquiryStatus.NEW, null)).stream()
                .filter(inquiry -> inquiry.getMessage().equals(again.get("message")))
                .count();
        assertEquals(1, copies, "and kept once");
    }

    /** The attack of issue 20: one form token reused for thousands of inquiries. */
    @Test
    void aFormTokenIsGoodForOneInquiryAndNotForADayOld() throws Exception {
        Map<String, String> first = form("钱先生", unique("first with this form"));
        assertEquals(302, post("contact", first, "zh-CN").statusCode());
        find(InquiryStatus.NEW, first.get("message"));

        Map<String, String> again = form("钱先生", unique("second with the same form"));
        again.put("token", first.get("token"));
        HttpResponse<String> refused = post("en/contact", again, "en");
        assertEquals(200, refused.statusCode(), "shown the form again");
        assertTrue(refused.body().contains("This form was sent already"), "told why");
        assertTrue(refused.body().contains(again.get("message")), "what was typed stays");
        assertNotStored(again.get("message"));

        Map<String, String> old = form("钱先生", unique("a form from yesterday"));
        clock.moveAhead(FormToken.MAX_AGE.plusMinutes(1));
        assertEquals(200, post("contact", old, "zh-CN").statusCode());
        assertNotStored(old.get("message"));
    }

    /** The attack of issue 20: one address storing inquiries without end (as spam, kept 30 days). */
    @Test
    void oneAddressPastItsBoundIsRefusedAndNothingIsStored() throws Exception {
        String address = newAddress();
        for (int i = 0; i < InquiryLimits.PER_ADDRESS_PER_DAY; i++) {
            assertEquals(
                    302,
                    post("contact", form("Flood", unique("flood " + i)), "en", address)
                            .statusCode());
        }
        Map<String, String> over = form("Flood", unique("one over the bound"));
        HttpResponse<String> refused = post("en/contact", over, "en", address);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Many messages have come from your network today"), "told why");
        assertNotStored(over.get("message"));
        assertEquals(
                302,
                post("contact", form("Someone else", unique("another address")), "en")
                        .statusCode());
    }

    @Test
    void editorsAnswerInquiriesAndOnlyAdminsDeleteThem() throws Exception {
        String message = unique("personal data");
        post("contact", form("赵先生", message), "zh-CN");
        Inquiry inquiry = find(InquiryStatus.NEW, message);
        asEditor.call(() -> inquiries.move(inquiry.getId(), InquiryStatus.ANSWERED));
        assertEquals(
                InquiryStatus.ANSWERED, find(InquiryStatus.ANSWERED, message).getStatus());
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
        assertTrue(asEditor.call(() -> inquiries.folder(InquiryStatus.ANSWERED, null)).stream()
                .noneMatch(i -> i.getId().equals(inquiry.getId())));
    }

    @Test
    void spamIsDeletedAfterThirtyDaysAndNothingElseIs() throws Exception {
        Map<String, String> spam = form("Bot", unique("old spam"));
        spam.put("website", "http://seo.example");
        Map<String, String> ordinary = form("周先生", unique("old question"));
        post("contact", spam, "zh-CN");
        post("contact", ordinary, "zh-CN");
        clock.moveAhead(Duration.ofDays(29));
        asAdmin.call(retention::purgeOldSpam);
        find(InquiryStatus.SPAM, spam.get("message"));
        clock.moveAhead(Duration.ofDays(2));
        assertTrue(asAdmin.call(retention::purgeOldSpam) >= 1);
        assertTrue(asEditor.call(() -> inquiries.folder(InquiryStatus.SPAM, null)).stream()
                .noneMatch(i -> i.getMessage().equals(spam.get("message"))));
        find(InquiryStatus.NEW, ordinary.get("message"));
    }

    @Test
    void theInboxFindsInquiriesByEveryWordInAnyField() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> form = form("Karl Gruber", "Need 40 units of the DSP, tag " + tag);
        form.put("company", "Gruber Audio GmbH");
        post("contact", form, "en");
        String message = form.get("message");

        for (String words : List.of("gruber " + tag, "GMBH " + tag, "dsp 40 " + tag, "visitor@example " + tag)) {
            List<Inquiry> found = asEditor.call(() -> inquiries.folder(InquiryStatus.NEW, words));
            assertEquals(
                    List.of(message), found.stream().map(Inquiry::getMessage).toList(), words);
        }
        for (String words : List.of("gruber " + tag + " amplifier", "100% " + tag, "_ruber " + tag)) {
            assertTrue(
                    asEditor.call(() -> inquiries.folder(InquiryStatus.NEW, words))
                            .isEmpty(),
                    words);
        }
    }

    @Test
    void theCsvExportDefusesFormulas() throws Exception {
        Map<String, String> form = form("=HYPERLINK(\"http://evil.example\",\"x\")", unique("csv"));
        post("contact", form, "zh-CN");
        String csv = asEditor.call(() -> export.csv(ResourceBundle.getBundle("messages", Locale.ENGLISH)));
        assertTrue(
                csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\""),
                csv.substring(0, Math.min(400, csv.length())));
        assertTrue(csv.contains(form.get("message")));
        assertTrue(csv.startsWith("Received,Folder,Name,Company,Phone,E-mail,Product,Message,Taken on by\r\n"), csv);
        assertTrue(
                csv.lines().anyMatch(line -> line.contains(form.get("message")) && line.contains(",\"New\",")),
                "the folder in words, not NEW");
    }

    // ---- helpers

    /** A filled-in form, its token minted as if handed out half a minute ago. */
    private Map<String, String> form(String name, String message) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", tokens.issue(clock.instant().minusSeconds(30)));
        form.put("website", "");
        form.put("name", name);
        form.put("company", "");
        form.put("phone", "138 0013 8000");
        form.put("email", "visitor@example.com");
        form.put("message", message);
        return form;
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String language)
            throws IOException, InterruptedException {
        return post(path, form, language, newAddress());
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String language, String address)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/" + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", language)
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void assertNotStored(String message) throws Exception {
        for (InquiryStatus folder : InquiryStatus.values()) {
            assertTrue(
                    asEditor.call(() -> inquiries.folder(folder, null)).stream()
                            .noneMatch(inquiry -> inquiry.getMessage().equals(message)),
                    "stored in " + folder + ": " + message);
        }
    }

    private Inquiry find(InquiryStatus folder, String message) throws Exception {
        return asEditor.call(() -> inquiries.folder(folder, null)).stream()
                .filter(inquiry -> inquiry.getMessage().equals(message))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not in " + folder + ": " + message));
    }

    /** A new address from 198.18.0.0/15 (reserved for tests), forwarded by the trusted local proxy. */
    private static String newAddress() {
        int n = 300_000 + ADDRESSES.incrementAndGet();
        return "198." + (18 + n / 65536 % 2) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
