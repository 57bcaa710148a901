package dev.vitrine.views.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * A database connection held open for the write at a stop, when no new connection may be possible: Payara
 * Micro closes the application's class loader before that write, and some drivers (MariaDB's) read files
 * from their jar on every connect. Databases close connections that stay idle for hours, so it is checked
 * every few minutes and opened again when it is gone.
 */
final class StandbyConnection implements AutoCloseable {

    static final Duration CHECK_INTERVAL = Duration.ofMinutes(5);
    private static final int CHECK_TIMEOUT_SECONDS = 2;

    private final DataSource source;
    private final Clock clock;
    private Connection connection;
    private Instant checkedAt = Instant.MIN;

    StandbyConnection(DataSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /**
     * Makes sure the connection is open and, if the last check is older than {@link #CHECK_INTERVAL}, alive.
     *
     * @throws SQLException if it had to be opened again and could not be
     */
    synchronized void keepReady() throws SQLException {
        Instant now = clock.instant();
        if (connection != null && now.isBefore(checkedAt.plus(CHECK_INTERVAL))) {
            return;
        }
        checkedAt = now;
        if (connection != null && connection.isValid(CHECK_TIMEOUT_SECONDS)) {
            return;
        }
        close();
        connection = source.getConnection();
    }

    /** Hands the connection over (the caller closes it), or a new one if there is none. */
    synchronized Connection take() throws SQLException {
        Connection taken = connection != null ? connection : source.getConnection();
        connection = null;
        return taken;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException alreadyGone) {
                // Nothing to do: it was only held in reserve.
            }
            connection = null;
        }
    }
}
