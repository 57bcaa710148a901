package dev.vitrine.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

    @Test
    void recognisesTheSupportedDatabases() {
        assertEquals(SqlDialect.H2, SqlDialect.forProductName("H2"));
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.forProductName("PostgreSQL"));
        assertEquals(SqlDialect.MARIADB, SqlDialect.forProductName("MariaDB"));
        assertEquals(SqlDialect.MARIADB, SqlDialect.forProductName("MySQL"));
    }

    @Test
    void refusesOthersWithAClearMessage() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SqlDialect.forProductName("Oracle"));
        assertTrue(e.getMessage().contains("Oracle") && e.getMessage().contains("PostgreSQL"), e.getMessage());
    }

    @Test
    void mariaDbTablesAreUtf8mb4() {
        assertTrue(SqlDialect.MARIADB.placeholders().get("table_options").contains("utf8mb4"));
        assertEquals("", SqlDialect.H2.placeholders().get("table_options"));
    }
}
