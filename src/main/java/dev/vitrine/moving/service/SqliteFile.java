package dev.vitrine.moving.service;

import dev.vitrine.shared.BusinessException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;

/**
 * Reads the tables out of an SQLite database file (PbootCMS keeps its whole site in one), opened read-only through
 * the driver itself: not registered with the server, no data source.
 */
public final class SqliteFile {

    private SqliteFile() {}

    /**
     * Reads every table of the database in {@code file} into {@code tables}, each value as text.
     *
     * @throws BusinessException {@code moving.damaged} when the file is not a database SQLite can read
     */
    public static void read(Path file, SourceTables tables) {
        Properties readOnly = new SQLiteConfig().toProperties();
        readOnly.setProperty(SQLiteConfig.Pragma.OPEN_MODE.pragmaName, "1"); // SQLITE_OPEN_READONLY
        try (Connection db = new JDBC().connect(JDBC.PREFIX + file.toAbsolutePath(), readOnly)) {
            List<String> names = new ArrayList<>();
            try (Statement statement = db.createStatement();
                    ResultSet found = statement.executeQuery(
                            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (found.next()) {
                    names.add(found.getString(1));
                }
            }
            DatabaseTables.read(db, names, tables);
        } catch (SQLException e) {
            throw new BusinessException("moving.damaged", e.getMessage());
        }
    }
}
