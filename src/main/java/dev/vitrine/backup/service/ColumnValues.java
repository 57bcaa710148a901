package dev.vitrine.backup.service;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * How a column's value is written in the archive and read back, by its JDBC type: text as a string, whole
 * numbers and decimals as numbers, booleans as true/false, binary as base64, dates and times as ISO-8601 with
 * six fraction digits always (so that H2, PostgreSQL and MariaDB write the same text for the same instant),
 * SQL NULL as null. A type not listed here stops the export with its name rather than guessing.
 */
final class ColumnValues {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIMESTAMP_ZONED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX");

    private ColumnValues() {}

    /** The value of one column of the current row. */
    static JsonValue read(ResultSet row, int index, DatabaseTables.Column column) throws SQLException {
        JsonValue value = switch (column.type()) {
            case Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.CLOB,
                    Types.NCLOB -> text(row.getString(index));
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Json.createValue(row.getLong(index));
            case Types.DECIMAL, Types.NUMERIC -> decimal(row.getBigDecimal(index));
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Json.createValue(row.getDouble(index));
            case Types.BIT, Types.BOOLEAN -> row.getBoolean(index) ? JsonValue.TRUE : JsonValue.FALSE;
            case Types.DATE -> text(row.getObject(index, LocalDate.class));
            case Types.TIME -> time(row.getObject(index, LocalTime.class));
            case Types.TIMESTAMP -> timestamp(row.getObject(index, LocalDateTime.class));
            case Types.TIMESTAMP_WITH_TIMEZONE -> zoned(row.getObject(index, OffsetDateTime.class));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> binary(row.getBytes(index));
            default ->
                throw new IllegalStateException("The column " + column.name() + " has the type " + column.typeName()
                        + ", which the backup format has no encoding for (docs/backup-format.md)");
        };
        return row.wasNull() ? JsonValue.NULL : value;
    }

    /** Sets parameter {@code index} to a value from the archive, for a column of the target's type. */
    static void write(PreparedStatement insert, int index, DatabaseTables.Column column, JsonValue value)
            throws SQLException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            insert.setNull(index, column.type());
            return;
        }
        switch (column.type()) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT ->
                insert.setLong(
                        index, value instanceof JsonNumber number ? number.longValueExact() : bool(value) ? 1 : 0);
            case Types.DECIMAL, Types.NUMERIC ->
                insert.setBigDecimal(index, number(value).bigDecimalValue());
            case Types.REAL, Types.FLOAT, Types.DOUBLE ->
                insert.setDouble(index, number(value).doubleValue());
            case Types.BIT, Types.BOOLEAN -> insert.setBoolean(index, bool(value));
            case Types.DATE -> insert.setObject(index, LocalDate.parse(string(value)));
            case Types.TIME -> insert.setObject(index, LocalTime.parse(string(value)));
            case Types.TIMESTAMP -> insert.setObject(index, LocalDateTime.parse(string(value)));
            case Types.TIMESTAMP_WITH_TIMEZONE -> insert.setObject(index, OffsetDateTime.parse(string(value)));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                insert.setBytes(index, Base64.getDecoder().decode(string(value)));
            default -> insert.setString(index, string(value));
        }
    }

    private static JsonValue text(Object value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }

    private static JsonValue decimal(BigDecimal value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonValue time(LocalTime value) {
        return value == null ? JsonValue.NULL : Json.createValue(TIME.format(value));
    }

    private static JsonValue timestamp(LocalDateTime value) {
        return value == null ? JsonValue.NULL : Json.createValue(TIMESTAMP.format(value));
    }

    private static JsonValue zoned(OffsetDateTime value) {
        return value == null ? JsonValue.NULL : Json.createValue(TIMESTAMP_ZONED.format(value));
    }

    private static JsonValue binary(byte[] value) {
        return value == null
                ? JsonValue.NULL
                : Json.createValue(Base64.getEncoder().encodeToString(value));
    }

    private static String string(JsonValue value) {
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value instanceof JsonNumber || value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value.toString();
        }
        throw new IllegalArgumentException("expected a string, found " + value.getValueType());
    }

    private static JsonNumber number(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return number;
        }
        throw new IllegalArgumentException("expected a number, found " + value.getValueType());
    }

    private static boolean bool(JsonValue value) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value instanceof JsonNumber number) {
            return number.longValueExact() != 0;
        }
        throw new IllegalArgumentException("expected true or false, found " + value.getValueType());
    }
}
