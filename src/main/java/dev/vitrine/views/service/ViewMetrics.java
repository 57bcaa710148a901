package dev.vitrine.views.service;

import dev.vitrine.shared.metrics.Metrics;
import dev.vitrine.views.entity.DropReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * View counting's metrics (docs/metrics.md): views counted and requests dropped by reason, as they happen
 * in memory, and the write rounds that store them, with the time each round waited for a pooled connection.
 * One per application, not a CDI bean: the last write at a stop runs when the beans may be gone (and records
 * nothing here).
 */
final class ViewMetrics {

    static final ViewMetrics INSTANCE = new ViewMetrics(Metrics.registry());

    private final Counter counted;
    private final Map<DropReason, Counter> dropped = new EnumMap<>(DropReason.class);
    private final Counter takenBack;
    private final Counter written;
    private final Counter rounds;
    private final Counter failedRounds;
    private final Timer connectionWait;

    ViewMetrics(MeterRegistry registry) {
        counted = Counter.builder("vitrine.views.counted")
                .description("Views counted (this instance, since its start)")
                .register(registry);
        for (DropReason reason : DropReason.values()) {
            dropped.put(
                    reason,
                    Counter.builder("vitrine.views.dropped")
                            .description("Requests for counted pages that were not counted, by reason")
                            .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
        takenBack = Counter.builder("vitrine.views.taken.back")
                .description("Views counted here that the other instances then refused (counted there, or the address"
                        + " used its views there): taken back before they were written")
                .register(registry);
        written = Counter.builder("vitrine.views.written")
                .description("Counted views stored in the database; counted minus written is what is pending")
                .register(registry);
        rounds = Counter.builder("vitrine.views.write.rounds")
                .description("Write rounds that stored pending views and dropped requests")
                .tag("result", "written")
                .register(registry);
        failedRounds = Counter.builder("vitrine.views.write.rounds")
                .description("Write rounds that stored pending views and dropped requests")
                .tag("result", "failed")
                .register(registry);
        connectionWait = Timer.builder("vitrine.db.connection.wait")
                .description("Time to get a pooled database connection, for view count writes")
                .register(registry);
    }

    void counted() {
        counted.increment();
    }

    void dropped(DropReason reason) {
        dropped.get(reason).increment();
    }

    /** A view counted here was refused by the other instances, for {@code reason}. */
    void takenBack(DropReason reason) {
        takenBack.increment();
        dropped(reason);
    }

    /** A write round stored {@code batch} (a round with nothing to write is not counted). */
    void written(ViewTally.Batch batch) {
        if (batch.isEmpty()) {
            return;
        }
        rounds.increment();
        written.increment(
                batch.views().values().stream().mapToLong(Long::longValue).sum());
    }

    /** A write round failed (the database away): what it had stays pending. */
    void writeFailed() {
        failedRounds.increment();
    }

    /** Gets a connection from the pool, timing the wait. */
    Connection timedConnection(ConnectionOpener pool) throws SQLException {
        long start = System.nanoTime();
        try {
            return pool.open();
        } finally {
            connectionWait.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** Where a connection comes from. */
    interface ConnectionOpener {
        Connection open() throws SQLException;
    }
}
