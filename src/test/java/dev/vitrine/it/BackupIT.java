package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.account.entity.Role;
import dev.vitrine.account.service.AccountService;
import dev.vitrine.audit.entity.AuditEntry;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.backup.service.BackupService;
import dev.vitrine.backup.service.Manifest;
import dev.vitrine.inquiry.entity.Inquiry;
import dev.vitrine.inquiry.service.FormToken;
import dev.vitrine.inquiry.service.InquiryInboxService;
import dev.vitrine.inquiry.service.InquiryIntakeService;
import dev.vitrine.testing.BackupArchives;
import dev.vitrine.testing.BrowserlessStaff;
import dev.vitrine.testing.Http11;
import dev.vitrine.testing.MovableClock;
import dev.vitrine.testing.RunAsAdmin;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who gets the site's backup ({@code /operator/backup}, the back office's backup page) and what the audit log
 * says: an admin does, from the page; an editor neither sees the page nor reaches it; a visitor and a wrong token
 * get 404; a second export while one runs is told to come back. Each test first adds what the round trip
 * ({@code BackupRoundTripIT}) should find in the tables the demo shop leaves empty: an inquiry, its answer by
 * mail, an editor.
 */
@ExtendWith(ArquillianExtension.class)
class BackupIT {

    private static final String PASSWORD = "backup-editor-password-1";

    @Inject
    RunAsAdmin asAdmin;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    InquiryInboxService inquiries;

    @Inject
    InquiryIntakeService intake;

    @Inject
    FormToken tokens;

    @Inject
    MovableClock clock;

    @Inject
    BackupService backups;

    /** The request that runs the test: it came to this server, whose port it names. */
    @Inject
    HttpServletRequest runnerRequest;

    private URL base;
    private String editor;

    @BeforeEach
    void anEditorAndAnAnsweredInquiry() throws Exception {
        base = URI.create("http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/")
                .toURL();
        editor = "backup" + System.nanoTime() % 1_000_000_000L;
        asAdmin.call(() -> accounts.createUser(editor, Role.EDITOR, PASSWORD));
        Inquiry inquiry = new Inquiry("备份 " + editor, null, null, "visitor@example.com", "问一下 " + editor, "zh-CN");
        assertTrue(intake.receive(
                inquiry,
                "10.21.6." + (System.nanoTime() % 250),
                List.of(),
                tokens.issue(clock.instant().minusSeconds(30))));
        Inquiry received = asAdmin.call(() -> inquiries.folder(dev.vitrine.inquiry.entity.InquiryStatus.NEW, editor))
                .get(0);
        assertTrue(asAdmin.call(() -> inquiries.answer(received.getId(), null, "有货。"))
                .isPresent());
    }

    @Test
    void anEditorNeitherSeesTheBackupNorGetsIt() {
        BrowserlessStaff staff = new BrowserlessStaff(base);
        assertTrue(staff.signIn(editor, PASSWORD));
        assertFalse(staff.get("admin/dashboard").body().contains("admin/backup"), "no link in the menu");
        assertEquals(403, staff.get("admin/backup/download").statusCode());
        HttpResponse<byte[]> download = staff.download("operator/backup");
        assertEquals(404, download.statusCode());
        assertFalse(startsLikeAZip(download.body()));
    }

    @Test
    void aVisitorAndAWrongTokenGet404() throws Exception {
        HttpClient http = Http11.client();
        HttpResponse<byte[]> anonymous = http.send(
                HttpRequest.newBuilder(base.toURI().resolve("operator/backup")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, anonymous.statusCode());
        HttpResponse<byte[]> guessed = http.send(
                HttpRequest.newBuilder(base.toURI().resolve("operator/backup"))
                        .header("Authorization", "Bearer " + "x".repeat(40))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, guessed.statusCode());
        assertFalse(startsLikeAZip(guessed.body()));
        HttpResponse<byte[]> page = http.send(
                HttpRequest.newBuilder(base.toURI().resolve("admin/backup/download"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(302, page.statusCode(), "sent to sign in");
    }

    @Test
    void anAdminDownloadsTheBackupFromItsPageAndTheAuditLogSaysSo() throws Exception {
        BrowserlessStaff admin = new BrowserlessStaff(base);
        assertTrue(admin.signIn("admin", "it-admin-password-2026"));
        String page = admin.get("admin/backup/download").body();
        // Jsoup is not in the server: the page's own words and link, found in its HTML.
        assertTrue(page.matches("(?s).*<p id=\"whatIsInIt\">[^<]*(password hashes only|仅密码哈希)[^<]*</p>.*"), page);
        assertTrue(page.contains("id=\"download\""), page);
        assertTrue(page.contains("href=\"" + runnerRequest.getContextPath() + "/operator/backup\""), page);
        assertTrue(admin.get("admin/dashboard").body().contains("admin/backup/download"), "in an admin's menu");

        HttpResponse<byte[]> download = admin.download("operator/backup");
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/zip",
                download.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(download.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .matches("attachment; filename=\"vitrine-backup-[0-9]{8}-[0-9]{6}\\.zip\""));
        JsonObject manifest = BackupArchives.manifest(download.body());
        assertEquals(1, manifest.getInt("formatVersion"));
        long inquiryRows = manifest.getJsonObject("tables").getInt("inquiry");
        assertTrue(inquiryRows >= 1, manifest.toString());
        assertTrue(BackupArchives.table(download.body(), "inquiry").stream()
                .anyMatch(row -> row.getString("message").equals("问一下 " + editor)));

        List<AuditEntry> newest = asAdmin.call(() -> audit.listNewest(1, 20)).getItems();
        assertTrue(
                newest.stream()
                        .anyMatch(entry -> entry.getAction().equals("EXPORT_BACKUP")
                                && entry.getActor().equals("admin")
                                && entry.getSummary().startsWith("Backup (signed-in admin from ")
                                && entry.getSummary().contains(" rows in ")),
                newest.stream().map(AuditEntry::getSummary).toList().toString());
    }

    /** The first export waits in its first write; meanwhile a second is asked for over HTTP with the token. */
    @Test
    void aSecondExportWhileOneRunsIsToldToComeBack() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        OutputStream held = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                writing.countDown();
                try {
                    goOn.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        };
        CompletableFuture<Manifest> first = CompletableFuture.supplyAsync(() -> {
            try {
                return backups.export(held, "test", "test");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertTrue(writing.await(60, TimeUnit.SECONDS), "the first export started writing");
            HttpResponse<String> second = Http11.client()
                    .send(
                            HttpRequest.newBuilder(base.toURI().resolve("operator/backup"))
                                    .header("Authorization", "Bearer " + System.getenv("VITRINE_OPERATOR_TOKEN"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(503, second.statusCode());
            assertEquals("60", second.headers().firstValue("Retry-After").orElse(""));
            assertTrue(second.body().contains("A backup is being written already"), second.body());
        } finally {
            goOn.countDown();
        }
        assertTrue(first.get(60, TimeUnit.SECONDS).rows() > 0);
    }

    private static boolean startsLikeAZip(byte[] body) {
        return body.length > 1 && body[0] == 'P' && body[1] == 'K';
    }
}
