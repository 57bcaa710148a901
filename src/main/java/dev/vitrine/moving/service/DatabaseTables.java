package dev.vitrine.moving.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the tables of another system's database, over a JDBC connection, into {@link SourceTables}. */
final class DatabaseTables {

    private DatabaseTables() {}

    /** Reads each table named, every value as text: those {@code tables} wants whole, the others by name only. */
    static void read(Connection db, List<String> names, SourceTables tables) throws SQLException {
        String quote = db.getMetaData().getIdentifierQuoteString().strip();
        try (Statement statement = db.createStatement()) {
            for (String name : names) {
                if (tables.wants(name)) {
                    readTable(statement, quote + name.replace(quote, quote + quote) + quote, name, tables);
                } else {
                    tables.seen(name);
                }
            }
        }
    }

    private static void readTable(Statement statement, String quoted, String name, SourceTables tables)
            throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + quoted)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            tables.define(name, columns);
            while (rows.next()) {
                String[] values = new String[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rows.getString(i + 1);
                }
                tables.add(name, null, values);
            }
        }
    }
}
