package dev.vitrine.shared.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import dev.vitrine.shared.config.VitrineConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else runs, with the versioned SQL scripts in
 * {@code db/migration}. The application's data source is defined here too: the server pools it, and the
 * persistence unit uses it by its JNDI name.
 */
@DataSourceDefinition(
        name = SchemaMigrations.DATA_SOURCE,
        className = "dev.vitrine.shared.db.VitrineDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        transactional = true,
        // dataSourceName: WildFly wants at least one property set on a data source class.
        // fish.payara.*: Payara tests a pooled connection before handing it out, so that the pool heals by
        // itself after the database was away. Other servers ignore these names.
        properties = {
            "dataSourceName=vitrine",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
public class SchemaMigrations {

    public static final String DATA_SOURCE = "java:app/jdbc/vitrine";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    /** Flyway commits each migration itself, so it must run outside the container's transaction. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        SqlDialect dialect = dialectOf(settings);
        MigrateResult result = Migrations.flyway(dataSource, dialect).migrate();
        LOG.info(() -> "Database " + settings.safeUrl() + " (" + dialect + ") at schema version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + ", " + result.migrationsExecuted + " migration(s) applied now");
    }

    /**
     * Connects to find out which database this is, waiting up to {@code VITRINE_DB_WAIT_SECONDS} (default
     * 60) for one that is still starting; then gives up with one clear line in the log.
     */
    private SqlDialect dialectOf(DatabaseSettings settings) {
        long waitSeconds = Long.parseLong(VitrineConfig.get("VITRINE_DB_WAIT_SECONDS").orElse("60"));
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        boolean warned = false;
        while (true) {
            try (Connection connection = dataSource.getConnection()) {
                if (warned) {
                    LOG.info(() -> "Database " + settings.safeUrl() + " is reachable now");
                }
                return SqlDialect.forProductName(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                String reason = rootMessage(e);
                if (System.nanoTime() > deadline) {
                    String line = "Vitrine cannot reach its database at " + settings.safeUrl() + " (" + reason
                            + "); gave up after " + waitSeconds + " s. Check VITRINE_DB_URL, VITRINE_DB_USER and"
                            + " VITRINE_DB_PASSWORD and that the database is running, then start Vitrine again.";
                    LOG.severe(line);
                    throw new IllegalStateException(line);
                }
                if (!warned) {
                    LOG.warning(() -> "Waiting for the database at " + settings.safeUrl() + " (" + reason
                            + "); retrying for up to " + waitSeconds + " s");
                    warned = true;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
