package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.db.Migrations;
import dev.vitrine.shared.db.SqlDialect;
import dev.vitrine.shared.db.VitrineDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations on every supported database, each in a database made for this run and dropped after it.
 * PostgreSQL and MariaDB are the servers of the build's {@code it.postgresql.host} and {@code it.mariadb.host}
 * (by default those on 127.0.0.1 that CI starts).
 */
class MigrationsIT {

    private static final String PG_ADMIN =
            "jdbc:postgresql://" + System.getProperty("it.postgresql.host", "127.0.0.1:5432") + "/test?user=postgres";
    private static final String MARIADB_ADMIN =
            "jdbc:mariadb://" + System.getProperty("it.mariadb.host", "127.0.0.1:3306") + "/test?user=root";
    private static final String TEXT = "汽车音响 «Ω» 🚗 — 点击:328";

    private final String database = "vitrine_it_" + System.currentTimeMillis();
    private Runnable dropDatabase = () -> {};

    @AfterEach
    void dropDatabase() {
        dropDatabase.run();
        System.clearProperty("vitrine.db.url");
    }

    @Test
    void h2() throws SQLException {
        migrateAndCheck(h2Database(), SqlDialect.H2);
    }

    @Test
    void postgresql() throws SQLException {
        migrateAndCheck(postgresqlDatabase(), SqlDialect.POSTGRESQL);
    }

    @Test
    void mariadb() throws SQLException {
        migrateAndCheck(mariadbDatabase(), SqlDialect.MARIADB);
    }

    @Test
    void instancesStartingTogetherOnPostgresqlMigrateOnce() throws Exception {
        migrateTogether(postgresqlDatabase(), SqlDialect.POSTGRESQL);
    }

    @Test
    void instancesStartingTogetherOnMariadbMigrateOnce() throws Exception {
        migrateTogether(mariadbDatabase(), SqlDialect.MARIADB);
    }

    /**
     * Three instances starting at once on an empty database, as after a deployment: Flyway's lock lets one
     * migrate while the others wait, then finds nothing left to do; each script is applied once.
     */
    private void migrateTogether(String url, SqlDialect dialect) throws Exception {
        DataSource dataSource = dataSource(url);
        int instances = 3;
        CyclicBarrier start = new CyclicBarrier(instances);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Integer>> applied = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                applied.add(pool.submit(() -> {
                    Flyway flyway = Migrations.flyway(dataSource, dialect);
                    start.await();
                    return flyway.migrate().migrationsExecuted;
                }));
            }
            int total = 0;
            for (Future<Integer> each : applied) {
                total += each.get(2, TimeUnit.MINUTES);
            }
            Flyway flyway = Migrations.flyway(dataSource, dialect);
            assertEquals(flyway.info().all().length, total, "each script applied by one instance only");
            assertEquals(0, flyway.info().pending().length);
        } finally {
            pool.shutdownNow();
        }
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version) FROM flyway_schema_history"
                        + " WHERE version IS NOT NULL AND success = "
                        + (dialect == SqlDialect.MARIADB ? "1" : "TRUE"))) {
            assertTrue(row.next());
            assertEquals(row.getInt(2), row.getInt(1), "no version recorded twice");
        }
    }

    @Test
    void h2UpgradeLosesNothing() throws SQLException {
        new UpgradeCheck(dataSource(h2Database()), SqlDialect.H2).run();
    }

    @Test
    void postgresqlUpgradeLosesNothing() throws SQLException {
        new UpgradeCheck(dataSource(postgresqlDatabase()), SqlDialect.POSTGRESQL).run();
    }

    @Test
    void mariadbUpgradeLosesNothing() throws SQLException {
        new UpgradeCheck(dataSource(mariadbDatabase()), SqlDialect.MARIADB).run();
    }

    private String h2Database() {
        return "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
    }

    private String postgresqlDatabase() throws SQLException {
        execute(PG_ADMIN, "CREATE DATABASE " + database + " ENCODING 'UTF8'");
        dropDatabase = () -> quietly(PG_ADMIN, "DROP DATABASE " + database);
        return PG_ADMIN.replace("/test?", "/" + database + "?");
    }

    private String mariadbDatabase() throws SQLException {
        execute(MARIADB_ADMIN, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        dropDatabase = () -> quietly(MARIADB_ADMIN, "DROP DATABASE " + database);
        return MARIADB_ADMIN.replace("/test?", "/" + database + "?");
    }

    /** Vitrine's own data source on {@code url}. */
    private static DataSource dataSource(String url) {
        System.setProperty("vitrine.db.url", url);
        return new VitrineDataSource();
    }

    /** Migrates an empty database through Vitrine's own data source, again (a no-op), and round-trips text. */
    private void migrateAndCheck(String url, SqlDialect dialect) throws SQLException {
        DataSource dataSource = dataSource(url);
        Flyway flyway = Migrations.flyway(dataSource, dialect);

        assertTrue(flyway.migrate().migrationsExecuted >= 1);
        assertEquals(0, flyway.migrate().migrationsExecuted, "a second start applies nothing");
        assertEquals(flyway.info().all().length, flyway.info().applied().length);

        try (Connection connection = dataSource.getConnection()) {
            insertCategoryAndArticle(connection);
            try (Statement query = connection.createStatement();
                    ResultSet row = query.executeQuery("SELECT title, body, published_at FROM article WHERE id = 2")) {
                assertTrue(row.next());
                assertEquals(TEXT, row.getString("title"));
                assertEquals("<p>" + TEXT.repeat(2000) + "</p>", row.getString("body"));
                assertEquals(
                        LocalDateTime.of(2025, 11, 18, 9, 26, 47), row.getObject("published_at", LocalDateTime.class));
            }
            try (Statement query = connection.createStatement();
                    ResultSet row = query.executeQuery("SELECT gen_value FROM id_gen WHERE gen_name = 'vitrine'")) {
                assertTrue(row.next(), "the id generator's row is there");
            }
        }
    }

    private static void insertCategoryAndArticle(Connection connection) throws SQLException {
        try (PreparedStatement category = connection.prepareStatement(
                "INSERT INTO category"
                        + " (id, version, created, updated, kind, name, slug, sort_order) VALUES (1, 0, ?, ?, 'NEWS', ?, 'news', 1)")) {
            category.setObject(1, LocalDateTime.now());
            category.setObject(2, LocalDateTime.now());
            category.setString(3, TEXT);
            category.executeUpdate();
        }
        try (PreparedStatement article = connection.prepareStatement(
                "INSERT INTO article (id, version, created, updated,"
                        + " category_id, slug, title, body, status, published_at) VALUES (2, 0, ?, ?, 1, 'a', ?, ?, 'PUBLISHED', ?)")) {
            article.setObject(1, LocalDateTime.now());
            article.setObject(2, LocalDateTime.now());
            article.setString(3, TEXT);
            article.setString(4, "<p>" + TEXT.repeat(2000) + "</p>");
            article.setObject(5, LocalDateTime.of(2025, 11, 18, 9, 26, 47));
            article.executeUpdate();
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void quietly(String url, String sql) {
        try {
            execute(url, sql);
        } catch (SQLException e) {
            System.err.println("Could not clean up: " + sql + ": " + e.getMessage());
        }
    }
}
