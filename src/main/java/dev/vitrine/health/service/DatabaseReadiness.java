package dev.vitrine.health.service;

import dev.vitrine.shared.db.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready for visitors (MicroProfile Health, {@code /health/ready}): the database answers within two seconds
 * and its schema has every migration this version brings. A load balancer sends requests only to ready
 * instances; while the database is away an instance is not ready, though it still serves cached pages. The
 * answer says UP or DOWN only; why goes to the log, and the schema's version to the dashboard
 * ({@link HealthDetails}).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    /**
     * Injected here, not looked up through another bean: Payara runs the checks on a thread of its own,
     * where a bean made there first could not look up the application's data source.
     */
    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    private DataSource dataSource;

    /** Whether the last check was ready, so the log says each change once, not at every poll. */
    private volatile boolean wasReady = true;

    @Override
    public HealthCheckResponse call() {
        boolean ready;
        String why = null;
        try {
            int pending = HealthDetails.schemaOf(dataSource).pendingMigrations();
            ready = pending == 0;
            why = "migrations pending: " + pending;
        } catch (SQLException | RuntimeException e) {
            ready = false;
            why = "the database doesn't answer: " + e;
        }
        if (ready != wasReady) {
            wasReady = ready;
            LOG.log(ready ? Level.INFO : Level.WARNING, ready ? "Ready again" : "Not ready: " + why);
        }
        return HealthCheckResponse.named("database").status(ready).build();
    }
}
