package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.backup.service.SiteExport;
import dev.vitrine.shared.db.Migrations;
import dev.vitrine.shared.db.SqlDialect;
import dev.vitrine.testing.BackupArchives;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The README's other way to back up ("Backups", the database's own tools), run as written there (plus the
 * connection options): {@code pg_dump -Fc} and {@code pg_restore}, {@code mariadb-dump --single-transaction} and
 * {@code mariadb}, H2's {@code BACKUP TO}. Each copy holds the same rows as its original, compared as Vitrine's own
 * backup compares them. Databases made for the run; runs in the default leg (it reaches all three itself).
 */
class DatabaseToolsBackupIT {

    private static final String PG = System.getProperty("it.postgresql.host", "127.0.0.1:5432");
    private static final String MARIADB = System.getProperty("it.mariadb.host", "127.0.0.1:3306");
    private static final String NAME =
            System.getProperty("it.database", "vitrine_it").replace("vitrine_it", "vitrine_restore") + "_tools";
    private static final Path FOLDER =
            Path.of(System.getenv().getOrDefault("VITRINE_DATA_DIR", "target/it-data") + "-database-tools");

    @Test
    void pgDumpAndPgRestore() throws Exception {
        String[] hostPort = PG.split(":");
        String connect = " -h " + hostPort[0] + " -p " + hostPort[1] + " -U postgres ";
        for (String database : List.of(NAME + "_pg", NAME + "_pg_copy")) {
            execute(
                    "jdbc:postgresql://" + PG + "/postgres?user=postgres",
                    "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        execute(
                "jdbc:postgresql://" + PG + "/postgres?user=postgres",
                "CREATE DATABASE " + NAME + "_pg ENCODING 'UTF8'");
        DataSource original = postgresql(NAME + "_pg");
        aSite(original, SqlDialect.POSTGRESQL);
        Path dump = Files.createDirectories(FOLDER).resolve("vitrine.dump");

        run("pg_dump -Fc -f " + dump + connect + NAME + "_pg");
        run("createdb" + connect + NAME + "_pg_copy && pg_restore" + connect + "-d " + NAME + "_pg_copy " + dump);

        assertSameRows(original, postgresql(NAME + "_pg_copy"));
    }

    @Test
    void mariadbDumpAndMariadb() throws Exception {
        String[] hostPort = MARIADB.split(":");
        String connect = " -h " + hostPort[0] + " -P " + hostPort[1] + " -u root ";
        String admin = "jdbc:mariadb://" + MARIADB + "/test?user=root";
        for (String database : List.of(NAME + "_mariadb", NAME + "_mariadb_copy")) {
            execute(admin, "DROP DATABASE IF EXISTS " + database);
            execute(admin, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        DataSource original = mariadb(NAME + "_mariadb");
        aSite(original, SqlDialect.MARIADB);
        Path dump = Files.createDirectories(FOLDER).resolve("vitrine.sql");

        run("mariadb-dump --single-transaction" + connect + NAME + "_mariadb > " + dump);
        run("mariadb" + connect + NAME + "_mariadb_copy < " + dump);

        assertSameRows(original, mariadb(NAME + "_mariadb_copy"));
    }

    @Test
    void h2BackupTo() throws Exception {
        Path folder = Files.createDirectories(FOLDER.resolve("h2-" + System.nanoTime()));
        JdbcDataSource original = new JdbcDataSource();
        original.setURL("jdbc:h2:file:" + folder.resolve("db/vitrine").toAbsolutePath());
        aSite(original, SqlDialect.H2);
        Path zip = folder.resolve("vitrine-db.zip");
        try (Connection connection = original.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toAbsolutePath() + "'");
        }
        Path copy = folder.resolve("copy");
        unzip(zip, copy);
        JdbcDataSource restored = new JdbcDataSource();
        restored.setURL("jdbc:h2:file:" + copy.resolve("vitrine").toAbsolutePath());

        assertSameRows(original, restored);
    }

    /** A schema with a category and an article in it. */
    private static void aSite(DataSource dataSource, SqlDialect dialect) throws SQLException {
        Migrations.flyway(dataSource, dialect).migrate();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement category = connection.prepareStatement(
                        "INSERT INTO category"
                                + " (id, version, created, updated, kind, name, slug, sort_order) VALUES (1, 0, ?, ?, 'ARTICLE', ?, 'news', 1)")) {
            category.setObject(1, LocalDateTime.of(2025, 11, 18, 9, 26, 47, 123_456_000));
            category.setObject(2, LocalDateTime.of(2025, 11, 18, 9, 26, 47));
            category.setString(3, "新闻 «Ω» 🚗");
            category.executeUpdate();
        }
    }

    private static void assertSameRows(DataSource original, DataSource copy) throws Exception {
        byte[] before = export(original);
        assertTrue(BackupArchives.table(before, "category").size() == 1);
        assertEquals(List.of(), BackupArchives.differences(before, export(copy)));
    }

    private static byte[] export(DataSource dataSource) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SiteExport(dataSource, FOLDER.resolve("no-media"), "test", Clock.systemUTC()).writeTo(out);
        return out.toByteArray();
    }

    private static void run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), command + ": " + output);
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder));
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
    }

    private static DataSource postgresql(String database) {
        PGSimpleDataSource postgresql = new PGSimpleDataSource();
        postgresql.setUrl("jdbc:postgresql://" + PG + "/" + database);
        postgresql.setUser("postgres");
        return postgresql;
    }

    private static DataSource mariadb(String database) throws SQLException {
        MariaDbDataSource mariadb = new MariaDbDataSource();
        mariadb.setUrl("jdbc:mariadb://" + MARIADB + "/" + database + "?user=root");
        return mariadb;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
