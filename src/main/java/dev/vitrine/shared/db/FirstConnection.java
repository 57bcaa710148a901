package dev.vitrine.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Until the database has been reached once, connecting waits for it: at a start the database may still be
 * coming up. The wait is said in one log line, and giving up in one line that says what to check. Once the
 * database was reached, connecting fails at once, so that a database going away while the site runs gives
 * visitors a quick 503 page rather than a request that hangs.
 */
final class FirstConnection {

    /** Opens a connection. */
    interface Connect {
        Connection open() throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(FirstConnection.class.getName());

    private final String safeUrl;
    private final Duration patience;
    private final Duration retryEvery;
    private final AtomicBoolean reached = new AtomicBoolean();
    private final AtomicBoolean toldWaiting = new AtomicBoolean();

    FirstConnection(String safeUrl, Duration patience, Duration retryEvery) {
        this.safeUrl = safeUrl;
        this.patience = patience;
        this.retryEvery = retryEvery;
    }

    Connection open(Connect connect) throws SQLException {
        if (reached.get()) {
            return connect.open();
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                Connection connection = connect.open();
                if (reached.compareAndSet(false, true) && toldWaiting.get()) {
                    LOG.info(() -> "Database " + safeUrl + " is reachable now");
                }
                return connection;
            } catch (SQLException e) {
                if (System.nanoTime() - deadline >= 0) {
                    String line = "Vitrine cannot reach its database at " + safeUrl + " (" + rootMessage(e)
                            + "); gave up after " + patience.toSeconds() + " s. Check VITRINE_DB_URL,"
                            + " VITRINE_DB_USER and VITRINE_DB_PASSWORD and that the database is running, then"
                            + " start Vitrine again.";
                    LOG.severe(line);
                    throw new SQLException(line, e);
                }
                if (toldWaiting.compareAndSet(false, true)) {
                    LOG.warning(() -> "Waiting for the database at " + safeUrl + " (" + rootMessage(e)
                            + "); retrying for up to " + patience.toSeconds() + " s");
                }
                pause();
            }
        }
    }

    private void pause() throws SQLException {
        try {
            Thread.sleep(retryEvery.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the database", e);
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
