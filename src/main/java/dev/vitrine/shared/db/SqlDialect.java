package dev.vitrine.shared.db;

import java.util.Locale;
import java.util.Map;

/**
 * The few column types and table options that differ between the databases Vitrine runs on. The
 * migrations use them as Flyway placeholders ({@code ${long_text}}), so one set of SQL files serves all.
 */
public enum SqlDialect {
    H2("CHARACTER VARYING(1000000)", "TIMESTAMP(6)", ""),
    POSTGRESQL("TEXT", "TIMESTAMP(6)", ""),
    MARIADB("MEDIUMTEXT", "DATETIME(6)", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");

    private final String longText;
    private final String timestamp;
    private final String tableOptions;

    SqlDialect(String longText, String timestamp, String tableOptions) {
        this.longText = longText;
        this.timestamp = timestamp;
        this.tableOptions = tableOptions;
    }

    /** The dialect for a JDBC {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static SqlDialect forProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return MARIADB;
        }
        throw new IllegalStateException("Vitrine does not support the database " + productName
                + " (supported: H2, PostgreSQL, MariaDB, MySQL)");
    }

    /** Flyway placeholders for the migration scripts. */
    public Map<String, String> placeholders() {
        return Map.of("long_text", longText, "timestamp", timestamp, "table_options", tableOptions);
    }
}
