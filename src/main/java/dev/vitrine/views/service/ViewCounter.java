package dev.vitrine.views.service;

import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.shared.config.VitrineConfig;
import dev.vitrine.shared.db.SchemaMigrations;
import dev.vitrine.shared.db.VitrineDataSource;
import dev.vitrine.shared.jobs.Jobs;
import dev.vitrine.views.entity.ViewedItem;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes the views that {@link ViewRecorder} added up in memory, in one transaction at most once a second
 * ({@code VITRINE_VIEWS_FLUSH_SECONDS}), and on a normal stop.
 *
 * <p>If a write fails (the database is down), the views stay pending and go with the next write. A hard
 * kill loses at most the views since the last write.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class ViewCounter {

    private static final Logger LOG = Logger.getLogger(ViewCounter.class.getName());

    /** The job's name, for the readiness check's log. */
    static final String JOB = "view count writes";

    @Inject
    private ViewRecorder recorder;

    @Inject
    private Cluster cluster;

    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Jobs jobs;

    private final ViewMetrics metrics = ViewMetrics.INSTANCE;

    /**
     * Made at start, not by field initialisers (which run again for every client proxy the container makes):
     * at a stop the application's class loader may no longer load a driver.
     */
    private DataSource directConnections;

    private StandbyConnection standby;
    private boolean failing;
    private boolean confirmFailing;

    @PostConstruct
    void start() {
        directConnections = new VitrineDataSource();
        standby = new StandbyConnection(directConnections, Clock.systemUTC());
        Duration interval = Duration.ofSeconds(
                Long.parseLong(VitrineConfig.get("VITRINE_VIEWS_FLUSH_SECONDS").orElse("1")));
        warmUpStopPath();
        // Late after a minute (or 30 rounds): a round waits at most for a connection that doesn't come.
        jobs.every(JOB, interval, max(Duration.ofMinutes(1), interval.multipliedBy(30)), this::flush);
    }

    /**
     * Payara Micro closes the application's class loader before the last write at a stop, so every class
     * that write needs is loaded now, by going through a write once and rolling it back, and the connection
     * for it is opened now.
     */
    private void warmUpStopPath() {
        try (Connection connection = directConnections.getConnection()) {
            ViewCountWriter.rehearse(connection);
            standby.keepReady();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not prepare the view count writes", e);
        }
        recorder.tally().written(ViewTally.Batch.EMPTY);
    }

    /** See {@link ViewRecorder#view}. */
    public long view(ViewedItem item, Visit visit) {
        return recorder.view(item, visit);
    }

    /** Writes what is pending; runs every interval. */
    public synchronized void flush() {
        confirm();
        try {
            metrics.written(write(() -> metrics.timedConnection(dataSource::getConnection)));
            catchUp();
            standby.keepReady();
            if (failing) {
                LOG.info("Writing view counts works again; the views kept meanwhile are written");
                failing = false;
            }
        } catch (SQLException | RuntimeException e) {
            metrics.writeFailed();
            if (!failing) {
                LOG.log(
                        Level.WARNING,
                        "Could not reach the database for view counts; they stay pending and are" + " retried",
                        e);
                failing = true;
            }
        }
        recorder.forgetExpired();
    }

    /**
     * Writes what is pending before the server goes down (called by {@code ViewCountShutdown} and on
     * destruction, whichever the server does). The pooled data source may already be closed by now, and no
     * new connection be possible, so this uses the standby connection.
     */
    @PreDestroy
    public synchronized void writeAtStop() {
        try {
            write(standby::take);
        } catch (SQLException | RuntimeException e) {
            // Logging may be shut down already: say it where it will be seen.
            System.err.println("Vitrine: view counts not written at stop: "
                    + recorder.tally().pending() + ": " + e);
        } finally {
            standby.close();
        }
    }

    /** With other instances counting too, has the views counted here since the last round confirmed by them. */
    private void confirm() {
        try {
            recorder.confirm();
            confirmFailing = false;
        } catch (RuntimeException e) {
            if (!confirmFailing) {
                LOG.log(
                        Level.WARNING,
                        "Could not confirm views with the other instances; they count as judged here",
                        e);
                confirmFailing = true;
            }
        }
    }

    /** With other instances counting too, learns what they wrote, so that every instance shows the total. */
    private void catchUp() throws SQLException {
        if (cluster.grid().members() > 1) {
            try (Connection connection = metrics.timedConnection(dataSource::getConnection)) {
                recorder.tally().stored(ViewCountWriter.totals(connection));
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private interface ConnectionSource {
        Connection open() throws SQLException;
    }

    /** Writes what is pending; returns what it wrote. */
    private ViewTally.Batch write(ConnectionSource target) throws SQLException {
        ViewTally tally = recorder.tally();
        ViewTally.Batch batch = tally.pending();
        if (!batch.isEmpty()) {
            try (Connection connection = target.open()) {
                ViewCountWriter.write(connection, batch);
            }
            tally.written(batch);
        }
        return batch;
    }
}
