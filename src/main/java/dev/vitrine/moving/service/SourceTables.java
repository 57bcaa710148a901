package dev.vitrine.moving.service;

import dev.vitrine.shared.BusinessException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The tables of another system's database, as read from a dump or a database file: each row by column name, every
 * value as text (null for SQL NULL). Columns are always found by name, never by position: the same system's
 * tables have their columns in another order from one version, or one database, to the next.
 */
public final class SourceTables {

    /** A row's values and the columns they are of (an INSERT's own list, or its table's definition then). */
    private record Row(List<String> columns, String[] values) {}

    /** A table as read: its columns as last defined, its rows, and how many came before any definition. */
    private static final class Table {
        private List<String> columns = List.of();
        private final List<Row> rows = new ArrayList<>();
        private int withoutColumns;
    }

    private final Predicate<String> wanted;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    /** @param wanted which tables to keep, by name: the others are read past, not held */
    public SourceTables(Predicate<String> wanted) {
        this.wanted = wanted;
    }

    boolean wants(String table) {
        return wanted.test(table);
    }

    /** Whether the database has the table (kept or not). */
    public boolean has(String table) {
        return tables.containsKey(table);
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(tables.keySet());
    }

    void define(String table, List<String> columns) {
        Table known = tables.computeIfAbsent(table, name -> new Table());
        known.columns = List.copyOf(columns);
    }

    void seen(String table) {
        tables.computeIfAbsent(table, name -> new Table());
    }

    /**
     * Adds a row.
     *
     * @param columns the row's own column names (an INSERT's list), or null when they are the table's as defined
     *     before it
     */
    void add(String table, List<String> columns, String[] values) {
        Table known = tables.computeIfAbsent(table, name -> new Table());
        if (!wanted.test(table)) {
            return;
        }
        if (columns == null && known.columns.isEmpty()) {
            known.withoutColumns++;
        } else {
            known.rows.add(new Row(columns == null ? known.columns : columns, values));
        }
    }

    /**
     * The rows of a table, each by column name; none for a table it doesn't have.
     *
     * @throws BusinessException when rows came without their columns before the table's definition
     */
    public List<Map<String, String>> rows(String table) {
        Table known = tables.get(table);
        if (known == null) {
            return List.of();
        }
        if (known.withoutColumns > 0) {
            // a backup's data without its structure file: the values can't be told apart
            throw new BusinessException("moving.noTableDefinition", table);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Row row : known.rows) {
            Map<String, String> byName = new HashMap<>();
            for (int i = 0; i < row.columns().size() && i < row.values().length; i++) {
                byName.put(row.columns().get(i).toLowerCase(), row.values()[i]);
            }
            rows.add(byName);
        }
        return rows;
    }
}
