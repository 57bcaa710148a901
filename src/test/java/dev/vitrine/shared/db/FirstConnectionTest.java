package dev.vitrine.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FirstConnectionTest {

    private static final Connection CONNECTION = (Connection) Proxy.newProxyInstance(
            FirstConnectionTest.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                throw new UnsupportedOperationException(method.getName());
            });

    /** A database that refuses the first {@code refusals} connects. */
    private static final class StartingDatabase implements FirstConnection.Connect {
        int refusals;
        int attempts;

        StartingDatabase(int refusals) {
            this.refusals = refusals;
        }

        @Override
        public Connection open() throws SQLException {
            attempts++;
            if (refusals-- > 0) {
                throw new SQLException("connect failed", new java.net.ConnectException("Connection refused"));
            }
            return CONNECTION;
        }
    }

    private final FirstConnection first =
            new FirstConnection("jdbc:postgresql://db/shop", Duration.ofSeconds(2), Duration.ofMillis(10));

    @Test
    void theFirstConnectionWaitsForADatabaseThatIsStillStarting() throws SQLException {
        StartingDatabase database = new StartingDatabase(3);
        assertSame(CONNECTION, first.open(database));
        assertEquals(4, database.attempts);
    }

    @Test
    void itGivesUpAfterItsPatienceWithOneLineSayingWhatToCheck() {
        FirstConnection impatient = new FirstConnection("jdbc:postgresql://db/shop", Duration.ZERO, Duration.ZERO);
        SQLException given = assertThrows(SQLException.class, () -> impatient.open(new StartingDatabase(1)));
        assertTrue(
                given.getMessage()
                        .startsWith("Vitrine cannot reach its database at jdbc:postgresql://db/shop"
                                + " (Connection refused); gave up after 0 s. Check VITRINE_DB_URL"),
                given.getMessage());
    }

    @Test
    void onceReachedAFailingDatabaseFailsAtOnce() throws SQLException {
        first.open(new StartingDatabase(0));
        StartingDatabase away = new StartingDatabase(100);
        assertThrows(SQLException.class, () -> first.open(away));
        assertEquals(1, away.attempts, "no waiting while the site runs");
    }
}
