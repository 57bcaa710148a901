package dev.vitrine.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test machine's MariaDB server ({@code it.mariadb.host}, root without a password), where a test writes an old
 * site's database to be read over a connection.
 */
public final class TestMariaDb {

    private TestMariaDb() {}

    public static String host() {
        return System.getProperty("it.mariadb.host", "127.0.0.1:3306").split(":")[0];
    }

    public static String port() {
        return System.getProperty("it.mariadb.host", "127.0.0.1:3306").split(":")[1];
    }

    /** A connection to the database {@code name}, made afresh and empty (one of the test's own: it is dropped). */
    public static Connection freshDatabase(String name) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:mariadb://" + host() + ":" + port() + "/?user=root");
        try (Statement statement = db.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
            statement.execute("USE " + name);
        }
        return db;
    }
}
