package dev.vitrine.backup.service;

import dev.vitrine.shared.db.SqlDialect;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Writes the whole site as one archive ({@link BackupFormat}): every table of the schema but Flyway's, read in
 * one read-only transaction that sees one moment of the database (a consistent snapshot on each database), row
 * by row so that no table is ever held in memory, then the media files. Works on any {@link DataSource}, in the
 * server or outside it.
 */
public final class SiteExport {

    private static final int FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final Path mediaDirectory;
    private final String vitrineVersion;
    private final Clock clock;

    public SiteExport(DataSource dataSource, Path mediaDirectory, String vitrineVersion, Clock clock) {
        this.dataSource = dataSource;
        this.mediaDirectory = mediaDirectory;
        this.vitrineVersion = vitrineVersion;
        this.clock = clock;
    }

    /** Writes the archive to {@code out} (left open) and returns its manifest, which is the archive's last entry. */
    public Manifest writeTo(OutputStream out) throws SQLException, IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Map<String, Long> counts = new LinkedHashMap<>();
        String schemaVersion;
        String database;
        try (Connection connection = dataSource.getConnection()) {
            Snapshot snapshot = Snapshot.begin(connection);
            try {
                database = snapshot.dialect.name();
                DatabaseTables tables = new DatabaseTables(connection);
                Map<String, DatabaseTables.Table> all = tables.read(true);
                DatabaseTables.Table flyway = all.remove(BackupFormat.FLYWAY_TABLE);
                if (flyway == null) {
                    throw new SQLException(
                            "The database has no " + BackupFormat.FLYWAY_TABLE + ": not a Vitrine schema");
                }
                schemaVersion = schemaVersion(connection, tables, flyway);
                for (DatabaseTables.Table table : all.values()) {
                    zip.putNextEntry(new ZipEntry(BackupFormat.tableEntry(table.name())));
                    counts.put(table.name(), writeRows(connection, tables, table, zip));
                    zip.closeEntry();
                }
            } finally {
                snapshot.end();
            }
        }
        long[] media = writeMedia(zip);
        Manifest manifest = new Manifest(
                BackupFormat.VERSION,
                schemaVersion,
                vitrineVersion,
                clock.instant(),
                database,
                counts,
                media[0],
                media[1]);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
        zip.write(manifest.toJson().toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return manifest;
    }

    private static long writeRows(
            Connection connection, DatabaseTables tables, DatabaseTables.Table table, OutputStream out)
            throws SQLException, IOException {
        List<String> order = table.primaryKey().isEmpty()
                ? table.columns().stream()
                        .filter(column -> !isLarge(column))
                        .map(DatabaseTables.Column::actual)
                        .toList()
                : table.primaryKey();
        String sql = "SELECT "
                + table.columns().stream()
                        .map(column -> tables.quote(column.actual()))
                        .collect(Collectors.joining(", "))
                + " FROM " + tables.quote(table.actual())
                + (order.isEmpty()
                        ? ""
                        : " ORDER BY " + order.stream().map(tables::quote).collect(Collectors.joining(", ")));
        Writer writer = new BufferedWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8));
        long rows = 0;
        try (Statement query = connection.createStatement()) {
            query.setFetchSize(FETCH_SIZE);
            try (ResultSet row = query.executeQuery(sql)) {
                while (row.next()) {
                    JsonObjectBuilder json = Json.createObjectBuilder();
                    for (int i = 0; i < table.columns().size(); i++) {
                        DatabaseTables.Column column = table.columns().get(i);
                        json.add(column.name(), ColumnValues.read(row, i + 1, column));
                    }
                    writer.write(json.build().toString());
                    writer.write('\n');
                    rows++;
                }
            }
        }
        writer.flush();
        return rows;
    }

    private static boolean isLarge(DatabaseTables.Column column) {
        return column.typeName().toUpperCase().matches(".*(TEXT|CLOB|BLOB|1000000).*");
    }

    /** The newest schema version Flyway applied, read in the same snapshot as the rows. */
    private static String schemaVersion(Connection connection, DatabaseTables tables, DatabaseTables.Table flyway)
            throws SQLException {
        String sql =
                "SELECT " + tables.quote(flyway.column("version").actual()) + " FROM " + tables.quote(flyway.actual())
                        + " WHERE " + tables.quote(flyway.column("success").actual()) + " = ?";
        MigrationVersion newest = null;
        try (var query = connection.prepareStatement(sql)) {
            query.setBoolean(1, true);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String version = row.getString(1);
                    if (version != null) {
                        MigrationVersion candidate = MigrationVersion.fromVersion(version);
                        if (newest == null || candidate.compareTo(newest) > 0) {
                            newest = candidate;
                        }
                    }
                }
            }
        }
        if (newest == null) {
            throw new SQLException("No migration was applied to this database yet: there is nothing to back up");
        }
        return newest.getVersion();
    }

    /** Every regular file under the media folder, in path order; returns the number of files and bytes. */
    private long[] writeMedia(ZipOutputStream zip) throws IOException {
        if (!Files.isDirectory(mediaDirectory)) {
            return new long[] {0, 0};
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(mediaDirectory)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> BackupFormat.isMediaPath(relative(file)))
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        zip.setLevel(Deflater.BEST_SPEED);
        long bytes = 0;
        long count = 0;
        for (Path file : files) {
            ZipEntry entry = new ZipEntry(BackupFormat.MEDIA + relative(file));
            try {
                zip.putNextEntry(entry);
                bytes += Files.copy(file, zip);
                zip.closeEntry();
                count++;
            } catch (java.nio.file.NoSuchFileException deletedMeanwhile) {
                // An unsaved upload cleaned away while the archive was written: it was not part of the site.
                zip.closeEntry();
                throw new UncheckedIOException(
                        "A media file went away while the backup was written: " + file + "; try again",
                        deletedMeanwhile);
            }
        }
        return new long[] {count, bytes};
    }

    private String relative(Path file) {
        return mediaDirectory.relativize(file).toString().replace('\\', '/');
    }

    /** The transaction the rows are read in, and what it changed on the (pooled) connection, put back after. */
    private static final class Snapshot {

        private final Connection connection;
        private final SqlDialect dialect;
        private final boolean autoCommit;
        private final boolean readOnly;
        private final int isolation;

        private Snapshot(Connection connection) throws SQLException {
            this.connection = connection;
            this.dialect = SqlDialect.forProductName(connection.getMetaData().getDatabaseProductName());
            this.autoCommit = connection.getAutoCommit();
            this.readOnly = connection.isReadOnly();
            this.isolation = connection.getTransactionIsolation();
        }

        static Snapshot begin(Connection connection) throws SQLException {
            Snapshot snapshot = new Snapshot(connection);
            if (snapshot.dialect == SqlDialect.H2) {
                // H2's repeatable read snapshots a table when it is first read; SNAPSHOT takes the whole database
                // at the transaction's first statement, as PostgreSQL's repeatable read does.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
                }
            } else {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            if (snapshot.dialect == SqlDialect.MARIADB) {
                // InnoDB would take its snapshot at the first read; taken now, before anything is read.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
                }
            }
            return snapshot;
        }

        void end() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(autoCommit);
                connection.setReadOnly(readOnly);
                connection.setTransactionIsolation(isolation);
            }
        }
    }

    /** Lets a writer be flushed per table without closing the ZIP beneath it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
