package dev.vitrine.views.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.HandClock;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class StandbyConnectionTest {

    /** A database whose connections a test can drop, and which can refuse new ones. */
    private static final class Database {
        final List<Connection> opened = new ArrayList<>();
        final List<Connection> closed = new ArrayList<>();
        final List<Connection> dropped = new ArrayList<>();
        int validityChecks;
        boolean down;

        final DataSource source = (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (down) {
                        throw new SQLException("connection refused");
                    }
                    Connection connection = connection();
                    opened.add(connection);
                    return connection;
                });

        private Connection connection() {
            return (Connection) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "isValid" -> {
                            validityChecks++;
                            yield !dropped.contains(proxy);
                        }
                        case "close" -> closed.add((Connection) proxy);
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private final Database database = new Database();
    private final HandClock clock = new HandClock();
    private final StandbyConnection standby = new StandbyConnection(database.source, clock);

    @Test
    void theConnectionOpenedAtTheStartIsTheOneHandedOverAtTheStop() throws SQLException {
        standby.keepReady();
        database.down = true;
        assertSame(database.opened.get(0), standby.take());
        assertEquals(1, database.opened.size());
    }

    @Test
    void itIsCheckedOnlyEveryFewMinutes() throws SQLException {
        standby.keepReady();
        for (int second = 0; second < 299; second++) {
            clock.advance(Duration.ofSeconds(1));
            standby.keepReady();
        }
        assertEquals(0, database.validityChecks);
        clock.advance(Duration.ofSeconds(1));
        standby.keepReady();
        assertEquals(1, database.validityChecks);
        assertEquals(1, database.opened.size());
    }

    @Test
    void aConnectionTheDatabaseDroppedIsReplaced() throws SQLException {
        standby.keepReady();
        Connection first = database.opened.get(0);
        database.dropped.add(first);
        clock.advance(StandbyConnection.CHECK_INTERVAL);
        standby.keepReady();
        assertEquals(2, database.opened.size());
        assertTrue(database.closed.contains(first));
        assertSame(database.opened.get(1), standby.take());
    }

    @Test
    void whileTheDatabaseIsDownItKeepsTryingAndTheStopConnectsAfresh() throws SQLException {
        standby.keepReady();
        database.dropped.add(database.opened.get(0));
        database.down = true;
        clock.advance(StandbyConnection.CHECK_INTERVAL);
        assertThrows(SQLException.class, standby::keepReady);
        assertThrows(SQLException.class, standby::keepReady);
        database.down = false;
        Connection atStop = standby.take();
        assertEquals(2, database.opened.size());
        assertSame(database.opened.get(1), atStop);
    }

    @Test
    void closingClosesTheHeldConnectionOnce() throws SQLException {
        standby.keepReady();
        standby.close();
        standby.close();
        assertEquals(List.of(database.opened.get(0)), database.closed);
        assertFalse(database.opened.isEmpty());
    }
}
