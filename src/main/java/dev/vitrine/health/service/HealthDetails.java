package dev.vitrine.health.service;

import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.shared.db.Migrations;
import dev.vitrine.shared.db.SchemaMigrations;
import dev.vitrine.shared.db.SqlDialect;
import dev.vitrine.shared.jobs.Jobs;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * What the health checks know beyond UP or DOWN, for staff only (the dashboard): the schema, the cluster,
 * the late jobs. Payara's {@code /health} answers anyone, beside the application and its filters, so the
 * checks there carry no data at all: a schema version or a leader's name helps only an attacker.
 */
@ApplicationScoped
public class HealthDetails {

    /** The schema's state: its version ({@code null} if none yet) and the migrations not yet applied. */
    public record Schema(String version, int pendingMigrations) {}

    /** What staff see; {@code schema} is {@code null} while the database doesn't answer. */
    public record Details(Schema schema, int members, boolean leader, List<String> lateJobs) {}

    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Cluster cluster;

    @Inject
    private Jobs jobs;

    public Details details() {
        Schema schema;
        try {
            schema = schemaOf(dataSource);
        } catch (SQLException | RuntimeException e) {
            schema = null;
        }
        return new Details(schema, cluster.grid().members(), cluster.grid().isLeader(), jobs.late());
    }

    /** The schema's state, if the database answers within two seconds. */
    static Schema schemaOf(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                throw new SQLException("no answer within " + TIMEOUT_SECONDS + " s");
            }
            SqlDialect dialect =
                    SqlDialect.forProductName(connection.getMetaData().getDatabaseProductName());
            MigrationInfoService migrations =
                    Migrations.flyway(dataSource, dialect).info();
            return new Schema(
                    migrations.current() == null
                            ? null
                            : migrations.current().getVersion().getVersion(),
                    migrations.pending().length);
        }
    }
}
