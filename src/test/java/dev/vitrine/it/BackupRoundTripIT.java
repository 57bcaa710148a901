package dev.vitrine.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.backup.service.SiteExport;
import dev.vitrine.backup.service.SiteRestore;
import dev.vitrine.shared.db.Migrations;
import dev.vitrine.shared.db.SqlDialect;
import dev.vitrine.testing.BackupArchives;
import dev.vitrine.testing.Browserless;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The backup's round trip, as an operator makes it: the archive is fetched from the running test server with the
 * README's request ({@code Authorization: Bearer $VITRINE_OPERATOR_TOKEN}), restored into a fresh empty database
 * of the leg's kind (an H2 file in target/, a new PostgreSQL or MariaDB database) with Vitrine's restore and
 * Flyway, and that database exported again: the two archives hold the same rows, table by table, and the same
 * files, byte for byte. In the default leg the H2 site also moves to PostgreSQL and MariaDB, losing nothing.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class BackupRoundTripIT {

    /** What the demo shop and any start fill: a backup without rows in these lost something. */
    private static final List<String> NEVER_EMPTY = List.of(
            "app_user",
            "article",
            "audit_entry",
            "category",
            "id_gen",
            "item_translation",
            "page",
            "product",
            "product_image",
            "product_spec",
            "revision",
            "site_key",
            "site_settings",
            "view_count");

    @ArquillianResource
    URL base;

    private static boolean viewed;

    /** A visit, so that the day's statistics (a DATE column) have a row too; written within a second. */
    @BeforeEach
    void aVisitCountedInTheDaysStatistics() {
        if (viewed) {
            return;
        }
        new Browserless(base).page("news/protect-your-battery-in-winter");
        await("the visit in the day's statistics")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !BackupArchives.table(download(), "view_day").isEmpty());
        viewed = true;
    }

    @Test
    void theBackupRestoresIntoAFreshDatabaseOfTheSameKindAndExportsTheSame() throws Exception {
        byte[] backup = download();
        SqlDialect kind = SqlDialect.valueOf(BackupArchives.manifest(backup).getString("database"));
        assertEquals(List.of(), BackupArchives.differences(backup, restoreAndExport(backup, kind, kind)));
    }

    @Test
    void anH2SiteMovesToPostgresqlAndMariadbLosingNothing() throws Exception {
        byte[] backup = download();
        SqlDialect from = SqlDialect.valueOf(BackupArchives.manifest(backup).getString("database"));
        if (from != SqlDialect.H2) {
            return; // the default leg's server runs on H2: the move is tested there
        }
        assertEquals(
                List.of(), BackupArchives.differences(backup, restoreAndExport(backup, from, SqlDialect.POSTGRESQL)));
        assertEquals(List.of(), BackupArchives.differences(backup, restoreAndExport(backup, from, SqlDialect.MARIADB)));
    }

    @Test
    void theBackupHoldsEveryTableAndFile() throws Exception {
        byte[] backup = download();
        JsonObject tables = BackupArchives.manifest(backup).getJsonObject("tables");
        Map<String, Integer> counts = new TreeMap<>();
        tables.forEach((table, rows) -> counts.put(table, Integer.parseInt(rows.toString())));
        System.out.println("BackupRoundTripIT: rows per table " + counts + ", media "
                + BackupArchives.manifest(backup).getJsonObject("media"));
        for (String table : NEVER_EMPTY) {
            assertTrue(counts.getOrDefault(table, 0) > 0, table + " has rows: " + counts);
        }
        long files = BackupArchives.entries(backup).keySet().stream()
                .filter(name -> name.startsWith("media/"))
                .count();
        assertTrue(files > 0, "the demo shop's pictures");
        assertEquals(
                files, BackupArchives.manifest(backup).getJsonObject("media").getInt("files"));
    }

    /**
     * The README's command, run as written: {@code curl -fsS -H "Authorization: Bearer $VITRINE_OPERATOR_TOKEN" -o
     * vitrine-backup.zip http://localhost:8080/operator/backup}, with the test server's address.
     */
    private byte[] download() throws Exception {
        Path file = Files.createDirectories(Path.of(System.getenv("VITRINE_DATA_DIR") + "-backups"))
                .resolve("vitrine-backup-" + System.nanoTime() + ".zip");
        Process curl = new ProcessBuilder(
                        "sh",
                        "-c",
                        "curl -fsS -H \"Authorization: Bearer $VITRINE_OPERATOR_TOKEN\" -o \"$1\" \"$2\"",
                        "curl",
                        file.toString(),
                        base.toURI().resolve("operator/backup").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(curl.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, curl.waitFor(), "curl: " + output);
        return Files.readAllBytes(file);
    }

    private static byte[] restoreAndExport(byte[] backup, SqlDialect from, SqlDialect to) throws Exception {
        String name = from.name().toLowerCase() + "_to_" + to.name().toLowerCase();
        Path folder = Path.of(System.getenv("VITRINE_DATA_DIR") + "-restored-" + name);
        Path archive = Files.createDirectories(folder).resolve("vitrine-backup.zip");
        Files.write(archive, backup);
        DataSource target = freshDatabase(to, name, folder);
        Path media = folder.resolve("media");
        SiteRestore.Result result = new SiteRestore(target, media).restore(archive);
        System.out.println("BackupRoundTripIT " + name + ": restored " + result.describe());
        Migrations.flyway(target, to).migrate();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new SiteExport(target, media, "test", Clock.systemUTC()).writeTo(again);
        return again.toByteArray();
    }

    private static DataSource freshDatabase(SqlDialect kind, String name, Path folder) throws SQLException {
        String database =
                System.getProperty("it.database", "vitrine_it").replace("vitrine_it", "vitrine_restore") + "_" + name;
        switch (kind) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:file:" + folder.resolve("db/vitrine").toAbsolutePath());
                return h2;
            }
            case POSTGRESQL -> {
                String host = System.getProperty("it.postgresql.host", "127.0.0.1:5432");
                execute(
                        "jdbc:postgresql://" + host + "/postgres?user=postgres",
                        "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)",
                        "CREATE DATABASE " + database + " ENCODING 'UTF8'");
                PGSimpleDataSource postgresql = new PGSimpleDataSource();
                postgresql.setUrl("jdbc:postgresql://" + host + "/" + database);
                postgresql.setUser("postgres");
                return postgresql;
            }
            case MARIADB -> {
                String host = System.getProperty("it.mariadb.host", "127.0.0.1:3306");
                execute(
                        "jdbc:mariadb://" + host + "/test?user=root",
                        "DROP DATABASE IF EXISTS " + database,
                        "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                MariaDbDataSource mariadb = new MariaDbDataSource();
                mariadb.setUrl("jdbc:mariadb://" + host + "/" + database + "?user=root");
                return mariadb;
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
