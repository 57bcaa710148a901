package dev.vitrine.backup.service;

import dev.vitrine.shared.db.Migrations;
import dev.vitrine.shared.db.SqlDialect;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Loads an archive ({@link BackupFormat}) into an empty database: the schema is made with Flyway up to the
 * archive's schema version, every table's rows are loaded (tables after those they refer to, in one
 * transaction) and the media files copied; the caller then migrates to the current version, so that a backup of
 * an older release restores into a newer one. Everything that can be wrong with the archive or the database is
 * checked before anything is written: a damaged or cut archive, an unknown format version, a schema newer than
 * this release knows, a database that already holds tables, media files that would be overwritten.
 */
public final class SiteRestore {

    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final Path mediaDirectory;

    public SiteRestore(DataSource dataSource, Path mediaDirectory) {
        this.dataSource = dataSource;
        this.mediaDirectory = mediaDirectory;
    }

    /** What was restored: the archive's manifest, and the files copied (those already there with the same bytes are not). */
    public record Result(Manifest manifest, long filesCopied) {

        /** One line for the log: rows per table, files. */
        public String describe() {
            return manifest.rows() + " rows in " + manifest.tables().size() + " tables ("
                    + manifest.tables().entrySet().stream()
                            .map(table -> table.getKey() + " " + table.getValue())
                            .collect(Collectors.joining(", "))
                    + "), " + manifest.mediaFiles() + " media files of " + manifest.mediaBytes() + " bytes ("
                    + filesCopied
                    + " copied), at schema version " + manifest.schemaVersion() + ", from Vitrine "
                    + manifest.vitrineVersion() + " on " + manifest.database() + ", taken " + manifest.createdAt();
        }
    }

    public Result restore(Path archive) throws RestoreException {
        if (!Files.isRegularFile(archive)) {
            throw new RestoreException("there is no file " + archive.toAbsolutePath());
        }
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            Manifest manifest = manifest(zip);
            SqlDialect dialect = dialect();
            checkSchemaVersion(manifest, dialect);
            checkEmpty(manifest);
            Map<String, List<String>> columns = checkTables(zip, manifest);
            List<ZipEntry> media = checkMedia(zip, manifest);
            // Every check passed: from here on the database is written.
            try {
                Migrations.configure(dataSource, dialect)
                        .target(manifest.schemaVersion())
                        .load()
                        .migrate();
                loadRows(zip, columns);
            } catch (RuntimeException | SQLException | IOException e) {
                throw new RestoreException(
                        "loading the rows failed (" + e.getMessage() + "); the database may now hold the empty schema"
                                + " of version " + manifest.schemaVersion()
                                + ": drop and create the database again before the next try",
                        true,
                        e);
            }
            long copied = copyMedia(zip, media);
            return new Result(manifest, copied);
        } catch (IOException e) {
            throw new RestoreException(archive + " is not a readable ZIP archive (" + e.getMessage() + ")", false, e);
        }
    }

    private static Manifest manifest(ZipFile zip) throws RestoreException, IOException {
        ZipEntry entry = zip.getEntry(BackupFormat.MANIFEST);
        if (entry == null) {
            throw new RestoreException(
                    "the archive has no " + BackupFormat.MANIFEST + ": not a Vitrine backup, or cut short");
        }
        Manifest manifest;
        try (JsonReader reader = Json.createReader(checked(zip, entry))) {
            manifest = Manifest.fromJson(reader.readObject());
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new RestoreException("its " + BackupFormat.MANIFEST + " can't be read: " + e.getMessage());
        }
        if (manifest.formatVersion() != BackupFormat.VERSION) {
            throw new RestoreException("it is of format version " + manifest.formatVersion()
                    + ", and this Vitrine reads" + " version " + BackupFormat.VERSION + " only");
        }
        return manifest;
    }

    private SqlDialect dialect() throws RestoreException {
        try (Connection connection = dataSource.getConnection()) {
            return SqlDialect.forProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new RestoreException("the database can't be reached: " + e.getMessage(), false, e);
        }
    }

    /** The archive's schema version must be one this release has a migration for. */
    private void checkSchemaVersion(Manifest manifest, SqlDialect dialect) throws RestoreException {
        List<MigrationVersion> known = Arrays.stream(
                        Migrations.flyway(dataSource, dialect).info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> version != null)
                .toList();
        MigrationVersion version;
        try {
            version = MigrationVersion.fromVersion(manifest.schemaVersion());
        } catch (RuntimeException e) {
            throw new RestoreException("its schema version '" + manifest.schemaVersion() + "' is not a version");
        }
        MigrationVersion newest = Collections.max(known);
        if (version.compareTo(newest) > 0) {
            throw new RestoreException("it was taken at schema version " + manifest.schemaVersion() + " (Vitrine "
                    + manifest.vitrineVersion() + "), newer than this release knows (" + newest.getVersion()
                    + "): restore it with that Vitrine or a newer one");
        }
        if (!known.contains(version)) {
            throw new RestoreException(
                    "its schema version " + manifest.schemaVersion() + " is not one of this release's" + " migrations");
        }
    }

    /** No Vitrine table may be there yet: a restore never writes over a site. */
    private void checkEmpty(Manifest manifest) throws RestoreException {
        try (Connection connection = dataSource.getConnection()) {
            Set<String> present =
                    new TreeSet<>(new DatabaseTables(connection).read(true).keySet());
            Set<String> vitrine = new TreeSet<>(manifest.tables().keySet());
            vitrine.add(BackupFormat.FLYWAY_TABLE);
            present.retainAll(vitrine);
            if (!present.isEmpty()) {
                throw new RestoreException("the database is not empty: it already has the tables "
                        + String.join(", ", present) + ". A backup is restored into an empty database only");
            }
        } catch (SQLException e) {
            throw new RestoreException("the database can't be read: " + e.getMessage(), false, e);
        }
    }

    /**
     * Reads every table file whole once, before anything is written: each line an object, the same columns in
     * each, as many rows as the manifest says, the entry's checksum right. Returns each table's columns.
     */
    private static Map<String, List<String>> checkTables(ZipFile zip, Manifest manifest)
            throws RestoreException, IOException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (name.startsWith(BackupFormat.TABLES)) {
                String table = name.substring(BackupFormat.TABLES.length()).replaceFirst("\\.jsonl$", "");
                if (!manifest.tables().containsKey(table)) {
                    throw new RestoreException("it holds " + name + ", a table its manifest doesn't list");
                }
            }
        }
        for (Map.Entry<String, Long> table : manifest.tables().entrySet()) {
            String name = table.getKey();
            if (!BackupFormat.isName(name)) {
                throw new RestoreException("its manifest names a table '" + name + "', which is not a table name");
            }
            ZipEntry entry = zip.getEntry(BackupFormat.tableEntry(name));
            if (entry == null) {
                throw new RestoreException("the table " + name + " is in its manifest, but "
                        + BackupFormat.tableEntry(name) + " is missing");
            }
            List<String> tableColumns = null;
            long rows = 0;
            try (BufferedReader lines = lines(zip, entry)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    rows++;
                    JsonObject row = row(line, name, rows);
                    List<String> rowColumns = new ArrayList<>(row.keySet());
                    if (tableColumns == null) {
                        for (String column : rowColumns) {
                            if (!BackupFormat.isName(column)) {
                                throw new RestoreException(name + " has a column '" + column + "', not a column name");
                            }
                        }
                        tableColumns = rowColumns;
                    } else if (!new TreeSet<>(tableColumns).equals(new TreeSet<>(rowColumns))) {
                        throw new RestoreException(
                                "row " + rows + " of " + name + " has other columns than the first: " + rowColumns);
                    }
                }
            }
            if (rows != table.getValue()) {
                throw new RestoreException(BackupFormat.tableEntry(name) + " holds " + rows
                        + " rows, and the manifest says " + table.getValue() + ": the archive is damaged");
            }
            columns.put(name, tableColumns == null ? List.of() : tableColumns);
        }
        return columns;
    }

    /** The media entries, each checked whole; none may overwrite a different file already in the media folder. */
    private List<ZipEntry> checkMedia(ZipFile zip, Manifest manifest) throws RestoreException, IOException {
        List<ZipEntry> media = new ArrayList<>();
        long bytes = 0;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!entry.getName().startsWith(BackupFormat.MEDIA) || entry.isDirectory()) {
                continue;
            }
            String path = entry.getName().substring(BackupFormat.MEDIA.length());
            if (!BackupFormat.isMediaPath(path)) {
                throw new RestoreException(
                        "it holds a media file named " + entry.getName() + ", which is not a media path");
            }
            try (InputStream in = checked(zip, entry)) {
                bytes += in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            Path target = mediaDirectory.resolve(path);
            if (Files.exists(target) && !sameBytes(zip, entry, target)) {
                throw new RestoreException("the media folder already has " + target + " with other content; a restore"
                        + " overwrites nothing");
            }
            media.add(entry);
        }
        if (media.size() != manifest.mediaFiles() || bytes != manifest.mediaBytes()) {
            throw new RestoreException(
                    "it holds " + media.size() + " media files of " + bytes + " bytes, and the manifest" + " says "
                            + manifest.mediaFiles() + " of " + manifest.mediaBytes() + ": the archive is damaged");
        }
        return media;
    }

    private static boolean sameBytes(ZipFile zip, ZipEntry entry, Path file) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return Arrays.equals(in.readAllBytes(), Files.readAllBytes(file));
        }
    }

    private void loadRows(ZipFile zip, Map<String, List<String>> columns) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                DatabaseTables tables = new DatabaseTables(connection);
                Map<String, DatabaseTables.Table> target = tables.read(false);
                for (String name : columns.keySet()) {
                    DatabaseTables.Table table = target.get(name);
                    if (table == null) {
                        throw new SQLException("the archive has the table " + name + ", which schema version has not");
                    }
                    for (String column : columns.get(name)) {
                        if (table.column(column) == null) {
                            throw new SQLException(
                                    "the archive has the column " + name + "." + column + ", which the schema has not");
                        }
                    }
                }
                Map<String, DatabaseTables.Table> restored = new LinkedHashMap<>(target);
                restored.keySet().retainAll(columns.keySet());
                List<DatabaseTables.Table> order = DatabaseTables.inLoadingOrder(restored);
                // The migrations put rows of their own in some tables (the id generator's): the archive's replace them.
                for (int i = order.size() - 1; i >= 0; i--) {
                    try (Statement delete = connection.createStatement()) {
                        delete.executeUpdate(
                                "DELETE FROM " + tables.quote(order.get(i).actual()));
                    }
                }
                for (DatabaseTables.Table table : order) {
                    insert(connection, tables, table, columns.get(table.name()), zip);
                }
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Inserts a table's rows; a column that refers to the same table is set in a second pass (parents may come later). */
    private static void insert(
            Connection connection, DatabaseTables tables, DatabaseTables.Table table, List<String> names, ZipFile zip)
            throws SQLException, IOException {
        if (names.isEmpty()) {
            return;
        }
        List<DatabaseTables.Column> columns = names.stream().map(table::column).toList();
        String sql = "INSERT INTO " + tables.quote(table.actual()) + " ("
                + columns.stream().map(column -> tables.quote(column.actual())).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
        ZipEntry entry = zip.getEntry(BackupFormat.tableEntry(table.name()));
        try (PreparedStatement insert = connection.prepareStatement(sql);
                BufferedReader lines = lines(zip, entry)) {
            int pending = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonObject row = Json.createReader(new StringReader(line)).readObject();
                for (int i = 0; i < columns.size(); i++) {
                    DatabaseTables.Column column = columns.get(i);
                    JsonValue value =
                            table.selfReferences().contains(column.name()) ? JsonValue.NULL : row.get(column.name());
                    ColumnValues.write(insert, i + 1, column, value);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        if (!table.selfReferences().isEmpty()) {
            linkToSameTable(connection, tables, table, zip, entry);
        }
    }

    private static void linkToSameTable(
            Connection connection, DatabaseTables tables, DatabaseTables.Table table, ZipFile zip, ZipEntry entry)
            throws SQLException, IOException {
        if (table.primaryKey().isEmpty()) {
            throw new SQLException(table.name() + " refers to itself but has no primary key");
        }
        List<DatabaseTables.Column> links =
                table.selfReferences().stream().map(table::column).toList();
        List<DatabaseTables.Column> keys = table.primaryKey().stream()
                .map(actual -> table.column(BackupFormat.name(actual)))
                .toList();
        String sql = "UPDATE " + tables.quote(table.actual()) + " SET "
                + links.stream()
                        .map(column -> tables.quote(column.actual()) + " = ?")
                        .collect(Collectors.joining(", "))
                + " WHERE "
                + keys.stream()
                        .map(column -> tables.quote(column.actual()) + " = ?")
                        .collect(Collectors.joining(" AND "));
        try (PreparedStatement update = connection.prepareStatement(sql);
                BufferedReader lines = lines(zip, entry)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonObject row = Json.createReader(new StringReader(line)).readObject();
                int index = 1;
                for (DatabaseTables.Column column : links) {
                    ColumnValues.write(update, index++, column, row.get(column.name()));
                }
                for (DatabaseTables.Column column : keys) {
                    ColumnValues.write(update, index++, column, row.get(column.name()));
                }
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Copies the media files in; those already there with the same bytes are left as they are. */
    private long copyMedia(ZipFile zip, List<ZipEntry> media) throws RestoreException {
        long copied = 0;
        try {
            for (ZipEntry entry : media) {
                Path target = mediaDirectory.resolve(entry.getName().substring(BackupFormat.MEDIA.length()));
                if (Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path part = target.resolveSibling(target.getFileName() + ".restoring");
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                copied++;
            }
        } catch (IOException e) {
            throw new RestoreException(
                    "the rows are restored, but copying the media files into " + mediaDirectory + " failed after "
                            + copied + " files (" + e.getMessage() + ")",
                    true,
                    e);
        }
        return copied;
    }

    private static JsonObject row(String line, String table, long number) throws RestoreException {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RestoreException("row " + number + " of " + table + " is not a JSON object: " + e.getMessage());
        }
    }

    private static BufferedReader lines(ZipFile zip, ZipEntry entry) throws IOException {
        return new BufferedReader(new InputStreamReader(checked(zip, entry), StandardCharsets.UTF_8));
    }

    /** An entry's bytes that fail at their end when its checksum is wrong (ZipFile itself doesn't check it). */
    private static InputStream checked(ZipFile zip, ZipEntry entry) throws IOException {
        CheckedInputStream crc = new CheckedInputStream(zip.getInputStream(entry), new CRC32());
        return new java.io.FilterInputStream(crc) {
            private boolean checkedEnd;

            @Override
            public int read() throws IOException {
                return atEnd(super.read());
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return atEnd(super.read(bytes, offset, length));
            }

            private int atEnd(int result) throws IOException {
                if (result == -1 && !checkedEnd) {
                    checkedEnd = true;
                    if (entry.getCrc() != -1 && crc.getChecksum().getValue() != entry.getCrc()) {
                        throw new IOException(entry.getName() + " is damaged (its checksum is wrong)");
                    }
                }
                return result;
            }
        };
    }
}
