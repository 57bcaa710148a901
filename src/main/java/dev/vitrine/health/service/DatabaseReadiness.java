package dev.vitrine.health.service;

import dev.vitrine.shared.db.Migrations;
import dev.vitrine.shared.db.SchemaMigrations;
import dev.vitrine.shared.db.SqlDialect;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Ready for visitors (MicroProfile Health, {@code /health/ready}): the database answers within two seconds
 * and its schema has every migration this version brings. A load balancer sends requests only to ready
 * instances; while the database is away an instance is not ready, though it still serves cached pages.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return response.down()
                        .withData("error", "no answer within " + TIMEOUT_SECONDS + " s")
                        .build();
            }
            SqlDialect dialect =
                    SqlDialect.forProductName(connection.getMetaData().getDatabaseProductName());
            MigrationInfoService migrations =
                    Migrations.flyway(dataSource, dialect).info();
            int pending = migrations.pending().length;
            response.status(pending == 0).withData("pendingMigrations", pending);
            if (migrations.current() != null) {
                response.withData(
                        "schemaVersion", migrations.current().getVersion().getVersion());
            }
            return response.build();
        } catch (SQLException | RuntimeException e) {
            return response.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
