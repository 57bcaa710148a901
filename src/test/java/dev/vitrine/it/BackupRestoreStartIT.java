package dev.vitrine.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.backup.service.SiteExport;
import dev.vitrine.testing.BackupArchives;
import dev.vitrine.testing.Browserless;
import dev.vitrine.testing.BrowserlessStaff;
import dev.vitrine.testing.Deployments;
import dev.vitrine.testing.Http11;
import dev.vitrine.testing.ServerOutput;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The restore as the operator runs it (README, "Backups"): a site on PostgreSQL is backed up, and a server started
 * with {@code VITRINE_RESTORE_FROM} on an empty database serves that site: its view counts, and its admin signs in
 * with the old password (the start's own admin password is not used: no first admin, no demo shop). Started again
 * with the setting, now on a database that is not empty, it refuses, says why, and writes nothing. The containers
 * micro-backup-source and micro-restore-from in arquillian.xml; runs in the PostgreSQL leg of servers of their own.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreStartIT {

    private static final String SOURCE = "micro-backup-source";
    private static final String RESTORED = "micro-restore-from";
    private static final String ARTICLE = "news/protect-your-battery-in-winter";
    private static final Pattern VIEWS = Pattern.compile("点击:(\\d+)");
    private static final String DATABASE = System.getProperty("it.database", "vitrine_it_stops");
    private static final String HOST = System.getProperty("it.postgresql.host", "127.0.0.1:5432");

    @Deployment(name = "source", managed = false, testable = false)
    @TargetsContainer(SOURCE)
    static WebArchive source() {
        return Deployments.vitrine();
    }

    @Deployment(name = "restored", managed = false, testable = false)
    @TargetsContainer(RESTORED)
    static WebArchive restored() {
        return Deployments.vitrine();
    }

    @ArquillianResource
    ContainerController containers;

    @ArquillianResource
    Deployer deployer;

    /** What the source's article showed its visitor, counted before the backup. */
    private static long viewsAtBackup;

    private static ServerOutput log;

    @BeforeAll
    static void emptyDatabases() throws SQLException {
        for (String suffix : List.of("_backup_source", "_backup_restored")) {
            execute(
                    "DROP DATABASE IF EXISTS " + DATABASE + suffix + " WITH (FORCE)",
                    "CREATE DATABASE " + DATABASE + suffix + " ENCODING 'UTF8'");
        }
    }

    @Test
    @Order(1)
    void theSourceSiteStarts() {
        containers.start(SOURCE);
        deployer.deploy("source");
        assertTrue(containers.isStarted(SOURCE));
    }

    @Test
    @Order(2)
    void aVisitIsCountedAndTheBackupTakenWithIt(@ArquillianResource @OperateOnDeployment("source") URL url)
            throws Exception {
        viewsAtBackup = views(new Browserless(url).page(ARTICLE).html());
        assertTrue(viewsAtBackup >= 328, "the demo article's count: " + viewsAtBackup);
        BrowserlessStaff admin = new BrowserlessStaff(url);
        assertTrue(admin.signIn("admin", "it-admin-password-2026"));
        // The count is written within a second (VITRINE_VIEWS_FLUSH_SECONDS): the backup has it once it is.
        byte[] backup = await("the visit in the backup")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> admin.download("operator/backup").body(),
                        archive -> storedViews(archive) == viewsAtBackup);
        Files.write(archive(), backup);
        deployer.undeploy("source");
        containers.stop(SOURCE);
    }

    @Test
    @Order(3)
    void aStartWithTheBackupOnAnEmptyDatabaseRestoresItAndSaysWhat() {
        log = ServerOutput.capture();
        containers.start(RESTORED);
        deployer.deploy("restored");
        String output = log.text();
        assertTrue(output.contains("VITRINE_RESTORE_FROM: restored " + archive()), output);
        assertTrue(
                output.matches("(?s).*restored [^\\n]*: [0-9]+ rows in [0-9]+ tables \\(app_user [0-9]+, .*"), output);
        assertTrue(output.contains("Remove VITRINE_RESTORE_FROM before the next start"), output);
        assertFalse(output.contains("Created the first administrator"), "no new first admin");
        assertFalse(output.contains("loaded the demo shop"), "no demo shop on top");
    }

    @Test
    @Order(4)
    void theRestoredSiteServesTheCountsAndTheOldPassword(@ArquillianResource @OperateOnDeployment("restored") URL url) {
        assertEquals(viewsAtBackup + 1, views(new Browserless(url).page(ARTICLE).html()), "the count goes on");
        // Written within a second: the next test compares the database before and after, so the view must be in it.
        await("the new view written")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> storedViews(export()) == viewsAtBackup + 1);
        assertFalse(new BrowserlessStaff(url).signIn("admin", "not-the-restored-password"));
        BrowserlessStaff admin = new BrowserlessStaff(url);
        assertTrue(admin.signIn("admin", "it-admin-password-2026"), "the restored admin, with the old password");
        HttpResponse<String> users = admin.get("admin/users/list");
        assertEquals(200, users.statusCode());
    }

    @Test
    @Order(5)
    void startedAgainWithTheSettingOnTheFilledDatabaseItRefusesAndWritesNothing() throws Exception {
        deployer.undeploy("restored");
        containers.stop(RESTORED);
        byte[] before = export();
        log.close();
        log = ServerOutput.capture();
        try {
            containers.start(RESTORED);
            try {
                deployer.deploy("restored");
            } catch (RuntimeException refused) {
                // Payara Micro's adapter may or may not report the failed deployment: the site is checked below.
            }
            await("the refusal in the log")
                    .atMost(Duration.ofSeconds(120))
                    .until(() -> log.text().contains("VITRINE_RESTORE_FROM=" + archive() + ": not restored"));
            String output = log.text();
            assertTrue(
                    output.contains("VITRINE_RESTORE_FROM=" + archive() + ": not restored, the database is not empty"),
                    output);
            assertTrue(output.contains("Nothing was written. Vitrine does not start."), output);
            Matcher port = Pattern.compile("Http Port\\(s\\): *(\\d+)").matcher(output);
            if (port.find()) {
                assertNotEquals(200, status("http://127.0.0.1:" + port.group(1) + "/" + ARTICLE), "no site is served");
            }
            assertEquals(List.of(), BackupArchives.differences(before, export()), "the database is as it was");
        } finally {
            log.close();
            try {
                deployer.undeploy("restored");
            } catch (RuntimeException notDeployed) {
                // nothing to undeploy
            }
            containers.stop(RESTORED);
        }
    }

    /** An address's HTTP status, or -1 when nothing answers. */
    private static int status(String address) {
        try {
            return Http11.client()
                    .send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static byte[] export() throws Exception {
        PGSimpleDataSource restored = new PGSimpleDataSource();
        restored.setUrl("jdbc:postgresql://" + HOST + "/" + DATABASE + "_backup_restored");
        restored.setUser("postgres");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SiteExport(
                        restored,
                        Path.of(System.getenv("VITRINE_DATA_DIR") + "-backup-restored", "media"),
                        "test",
                        Clock.systemUTC())
                .writeTo(out);
        return out.toByteArray();
    }

    /** Where the container micro-restore-from reads the backup (arquillian.xml). */
    private static Path archive() {
        return Path.of(System.getenv("VITRINE_DATA_DIR") + "-backup-source.zip").toAbsolutePath();
    }

    /** The article's count as stored in a backup. */
    private static long storedViews(byte[] archive) {
        long article = articleId(archive);
        return BackupArchives.table(archive, "view_count").stream()
                .filter(row -> row.getJsonNumber("item_id").longValue() == article)
                .mapToLong(row -> row.getJsonNumber("views").longValue())
                .sum();
    }

    private static long articleId(byte[] archive) {
        return BackupArchives.table(archive, "article").stream()
                .filter(row -> ARTICLE.endsWith("/" + row.getString("slug")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static long views(String html) {
        Matcher matcher = VIEWS.matcher(html);
        assertTrue(matcher.find(), html);
        return Long.parseLong(matcher.group(1));
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres?user=postgres");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
