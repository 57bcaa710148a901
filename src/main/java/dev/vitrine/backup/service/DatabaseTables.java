package dev.vitrine.backup.service;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The tables of the connection's schema as JDBC metadata reports them, so that a table or column a migration
 * adds is in the next backup without a change here. Names are kept twice: as the archive writes them (lower
 * case) and as the database spells them (for quoting in SQL).
 */
final class DatabaseTables {

    record Column(String name, String actual, int type, String typeName, boolean nullable) {}

    record Table(
            String name,
            String actual,
            List<Column> columns,
            List<String> primaryKey,
            Set<String> references,
            Set<String> selfReferences) {

        Column column(String archiveName) {
            return columns.stream()
                    .filter(column -> column.name().equals(archiveName))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final Connection connection;
    private final DatabaseMetaData meta;
    private final String quote;

    DatabaseTables(Connection connection) throws SQLException {
        this.connection = connection;
        this.meta = connection.getMetaData();
        String reported = meta.getIdentifierQuoteString();
        this.quote = reported == null || reported.isBlank() ? "\"" : reported.trim();
    }

    /** An identifier as the database spells it, quoted so that its case is kept. */
    String quote(String actual) {
        return quote + actual.replace(quote, quote + quote) + quote;
    }

    /** Every table by its archive name, in name order, Flyway's history included when asked for. */
    Map<String, Table> read(boolean withFlyway) throws SQLException {
        Map<String, String> names = new TreeMap<>();
        try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
            while (tables.next()) {
                String type = String.valueOf(tables.getString("TABLE_TYPE"));
                if (type.equals("TABLE") || type.equals("BASE TABLE")) {
                    String actual = tables.getString("TABLE_NAME");
                    names.put(BackupFormat.name(actual), actual);
                }
            }
        }
        Map<String, Table> result = new LinkedHashMap<>();
        for (Map.Entry<String, String> name : names.entrySet()) {
            if (withFlyway || !name.getKey().equals(BackupFormat.FLYWAY_TABLE)) {
                result.put(name.getKey(), table(name.getKey(), name.getValue()));
            }
        }
        return result;
    }

    private Table table(String name, String actual) throws SQLException {
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(catalog, schema, actual, "%")) {
            while (rows.next()) {
                String column = rows.getString("COLUMN_NAME");
                columns.add(new Column(
                        BackupFormat.name(column),
                        column,
                        rows.getInt("DATA_TYPE"),
                        rows.getString("TYPE_NAME"),
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        Map<Short, String> keyColumns = new TreeMap<>();
        try (ResultSet keys = meta.getPrimaryKeys(catalog, schema, actual)) {
            while (keys.next()) {
                keyColumns.put(keys.getShort("KEY_SEQ"), keys.getString("COLUMN_NAME"));
            }
        }
        Set<String> references = new LinkedHashSet<>();
        Set<String> selfReferences = new LinkedHashSet<>();
        try (ResultSet foreign = meta.getImportedKeys(catalog, schema, actual)) {
            while (foreign.next()) {
                String target = BackupFormat.name(foreign.getString("PKTABLE_NAME"));
                if (target.equals(name)) {
                    selfReferences.add(BackupFormat.name(foreign.getString("FKCOLUMN_NAME")));
                } else {
                    references.add(target);
                }
            }
        }
        return new Table(name, actual, columns, List.copyOf(keyColumns.values()), references, selfReferences);
    }

    /**
     * The tables so that each comes after those it refers to (foreign keys), for loading; a table's references
     * to itself are loaded in a second step ({@link SiteRestore}).
     */
    static List<Table> inLoadingOrder(Map<String, Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (Table table : tables.values()) {
                if (!placed.contains(table.name())
                        && table.references().stream()
                                .allMatch(ref -> placed.contains(ref) || !tables.containsKey(ref))) {
                    ordered.add(table);
                    placed.add(table.name());
                    progress = true;
                }
            }
            if (!progress) {
                String cycle = tables.keySet().stream()
                        .filter(name -> !placed.contains(name))
                        .collect(Collectors.joining(", "));
                throw new IllegalStateException("The foreign keys of these tables form a cycle: " + cycle);
            }
        }
        return ordered;
    }
}
