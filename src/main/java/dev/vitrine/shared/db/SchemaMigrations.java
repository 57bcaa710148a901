package dev.vitrine.shared.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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

    @Inject
    private Event<BeforeMigration> beforeMigration;

    /** Flyway commits each migration itself, so it must run outside the container's transaction. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        SqlDialect dialect = dialectOf();
        beforeMigration.fire(new BeforeMigration(dataSource, dialect));
        MigrateResult result = Migrations.flyway(dataSource, dialect).migrate();
        LOG.info(() -> "Database " + settings.safeUrl() + " (" + dialect + ") at schema version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion)
                + ", " + result.migrationsExecuted + " migration(s) applied now");
    }

    /** Connects to find out which database this is; the first connection waits for it ({@link FirstConnection}). */
    private SqlDialect dialectOf() {
        try (Connection connection = dataSource.getConnection()) {
            return SqlDialect.forProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Vitrine cannot reach its database: " + e.getMessage(), e);
        }
    }
}
