package dev.vitrine.backup.service;

import static dev.vitrine.testing.TestZips.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.db.Migrations;
import dev.vitrine.shared.db.SqlDialect;
import dev.vitrine.testing.BackupArchives;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and restore on embedded H2 databases in memory, outside any server: the round trip keeps every row and
 * file, and every archive a restore must refuse leaves the database and the media folder as they were. The
 * round trips on PostgreSQL and MariaDB, and through a running server, are {@code BackupRoundTripIT}'s.
 */
class SiteBackupTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String TEXT = "汽车音响 «Ω» 🚗 — 点击:328\nline two \"quoted\" \\ back";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private DataSource source;
    private Path sourceMedia;

    @BeforeEach
    void aSiteWithRowsAndPictures() throws Exception {
        source = emptyDatabase();
        Migrations.flyway(source, SqlDialect.H2).migrate();
        try (Connection connection = source.getConnection()) {
            execute(connection, "UPDATE id_gen SET gen_value = 150");
            try (PreparedStatement category = connection.prepareStatement(
                    "INSERT INTO category"
                            + " (id, version, created, updated, kind, name, slug, sort_order) VALUES (1, 3, ?, ?, 'NEWS', ?, 'news', 1)")) {
                category.setObject(1, LocalDateTime.of(2025, 11, 18, 9, 26, 47, 123_456_000));
                category.setObject(2, LocalDateTime.of(2026, 1, 2, 3, 4, 5));
                category.setString(3, TEXT);
                category.executeUpdate();
            }
            try (PreparedStatement article = connection.prepareStatement("INSERT INTO article (id, version, created,"
                    + " updated, category_id, slug, title, body, status, published_at) VALUES (2, 0, ?, ?, 1, 'a', ?, ?,"
                    + " 'PUBLISHED', NULL)")) {
                article.setObject(1, LocalDateTime.of(2025, 11, 18, 9, 26, 47));
                article.setObject(2, LocalDateTime.of(2025, 11, 18, 9, 26, 47));
                article.setString(3, TEXT);
                article.setString(4, "<p>" + TEXT.repeat(3000) + "</p>");
                article.executeUpdate();
            }
            execute(connection, "INSERT INTO item (id, kind) VALUES (2, 'ARTICLE')");
            try (PreparedStatement day = connection.prepareStatement(
                    "INSERT INTO view_day (kind, item_id, view_date, views) VALUES ('ARTICLE', 2, ?, 328)")) {
                day.setObject(1, LocalDate.of(2026, 2, 29 - 1));
                day.executeUpdate();
            }
        }
        sourceMedia = Files.createDirectories(folder.resolve("media-source"));
        Files.createDirectories(sourceMedia.resolve("products/202611"));
        Files.write(sourceMedia.resolve("products/202611/3f9c.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Files.write(sourceMedia.resolve("demo.jpg"), "jpeg bytes".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRestoredSiteExportsTheSameRowsAndFiles() throws Exception {
        byte[] archive = export(source, sourceMedia);
        DataSource target = emptyDatabase();
        Path targetMedia = folder.resolve("media-target");

        SiteRestore.Result result = new SiteRestore(target, targetMedia).restore(file(archive));
        Migrations.flyway(target, SqlDialect.H2).migrate();

        assertEquals(2, result.filesCopied());
        assertEquals(List.of(), BackupArchives.differences(archive, export(target, targetMedia)));
        JsonObject category = BackupArchives.table(archive, "category").get(0);
        assertEquals("2025-11-18T09:26:47.123456", category.getString("created"), "six fraction digits, no zone");
        assertEquals(TEXT, category.getString("name"));
        assertEquals(
                "2026-02-28", BackupArchives.table(archive, "view_day").get(0).getString("view_date"));
        assertEquals(
                150, BackupArchives.table(archive, "id_gen").get(0).getInt("gen_value"), "ids go on where they were");
        assertTrue(BackupArchives.table(archive, "article").get(0).isNull("published_at"));
        JsonObject manifest = BackupArchives.manifest(archive);
        assertEquals(BackupFormat.VERSION, manifest.getInt("formatVersion"));
        assertEquals("H2", manifest.getString("database"));
        assertEquals("2026-12-05T06:00:00Z", manifest.getString("createdAt"));
        assertFalse(manifest.getJsonObject("tables").containsKey(BackupFormat.FLYWAY_TABLE));
        assertEquals(1, manifest.getJsonObject("tables").getInt("article"));
    }

    @Test
    void aBackupOfAnOlderReleaseRestoresAndIsMigratedToThisOne() throws Exception {
        DataSource older = emptyDatabase();
        Migrations.configure(older, SqlDialect.H2).target("10").load().migrate();
        try (Connection connection = older.getConnection()) {
            execute(
                    connection,
                    "INSERT INTO category (id, version, created, updated, kind, name, slug, sort_order, name_en)"
                            + " VALUES (1, 0, TIMESTAMP '2025-01-02 03:04:05', TIMESTAMP '2025-01-02 03:04:05', 'NEWS', 'old', 'old', 1,"
                            + " 'Old')");
        }
        byte[] archive = export(older, folder.resolve("no-media"));
        assertEquals("10", BackupArchives.manifest(archive).getString("schemaVersion"));
        assertFalse(BackupArchives.manifest(archive).getJsonObject("tables").containsKey("site_key"), "V11 makes it");

        DataSource target = emptyDatabase();
        new SiteRestore(target, folder.resolve("media-newer")).restore(file(archive));
        Migrations.flyway(target, SqlDialect.H2).migrate();

        byte[] again = export(target, folder.resolve("media-newer"));
        assertEquals(
                Migrations.flyway(target, SqlDialect.H2)
                        .info()
                        .current()
                        .getVersion()
                        .getVersion(),
                BackupArchives.manifest(again).getString("schemaVersion"),
                "migrated to this release's version after the load");
        assertTrue(tables(target).contains("site_key"));
        List<JsonObject> before = BackupArchives.table(archive, "category");
        List<JsonObject> after = BackupArchives.table(again, "category");
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            JsonObject migrated = after.get(i);
            before.get(i)
                    .forEach((column, value) -> assertEquals(
                            column.equals("kind")
                                    ? Json.createValue("ARTICLE")
                                    : column.equals("name_en") ? null : value,
                            migrated.get(column),
                            column + ", which only V21 (NEWS: ARTICLE) and V22 (name_en to category_name) change"));
        }
        JsonObject english = BackupArchives.table(again, "category_name").get(0);
        assertEquals(
                List.of(1, "en", "Old"),
                List.of(english.getInt("category_id"), english.getString("language"), english.getString("name")));
    }

    @Test
    void aTableAddedLaterIsInTheBackupWithoutAChange() throws Exception {
        try (Connection connection = source.getConnection()) {
            execute(
                    connection,
                    "CREATE TABLE later_feature (id BIGINT PRIMARY KEY, note VARCHAR(50), data VARBINARY(10))");
            execute(connection, "INSERT INTO later_feature VALUES (7, 'found', X'00ff10')");
        }
        JsonObject row = BackupArchives.table(export(source, sourceMedia), "later_feature")
                .get(0);
        assertEquals("found", row.getString("note"));
        assertEquals("AP8Q", row.getString("data"), "binary as base64");
    }

    @Test
    void aDatabaseWithASiteIsRefusedAndKeptAsItWas() throws Exception {
        byte[] archive = export(source, sourceMedia);
        RestoreException refused =
                assertThrows(RestoreException.class, () -> new SiteRestore(source, sourceMedia).restore(file(archive)));
        assertTrue(refused.getMessage().contains("the database is not empty"), refused.getMessage());
        assertFalse(refused.wroteSomething());
        assertEquals(List.of(), BackupArchives.differences(archive, export(source, sourceMedia)));
    }

    @Test
    void aDamagedArchiveIsRefusedBeforeAnythingIsWritten() throws Exception {
        byte[] archive = export(source, sourceMedia);
        Map<String, byte[]> entries = BackupArchives.entries(archive);
        byte[] articles = entries.get("tables/article.jsonl");
        entries.put("tables/article.jsonl", java.util.Arrays.copyOf(articles, articles.length / 2));
        assertRefused(zip(entries), "row 1 of article is not a JSON object");

        entries = BackupArchives.entries(archive);
        entries.remove("media/demo.jpg");
        assertRefused(zip(entries), "it holds 1 media files");

        byte[] flipped = archive.clone();
        byte[] name = "tables/article.jsonl".getBytes(StandardCharsets.UTF_8);
        int data = indexOf(archive, name) + name.length + 20;
        flipped[data] ^= 0x5a;
        assertRefused(flipped, "archive");

        assertRefused(java.util.Arrays.copyOf(archive, archive.length - 100), "not a readable ZIP archive");
    }

    @Test
    void anUnknownFormatOrANewerSchemaIsRefused() throws Exception {
        byte[] archive = export(source, sourceMedia);
        String manifest = new String(BackupArchives.entries(archive).get("manifest.json"), StandardCharsets.UTF_8);

        Map<String, byte[]> entries = BackupArchives.entries(archive);
        entries.put(
                "manifest.json",
                manifest.replace("\"formatVersion\":1", "\"formatVersion\":2").getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(entries), "format version 2");

        entries.put(
                "manifest.json",
                manifest.replaceFirst("\"schemaVersion\":\"[0-9.]+\"", "\"schemaVersion\":\"999\"")
                        .getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(entries), "newer than this release knows");
    }

    @Test
    void aPictureThatWouldBeOverwrittenIsRefused() throws Exception {
        byte[] archive = export(source, sourceMedia);
        Path targetMedia = Files.createDirectories(folder.resolve("media-other"));
        Files.writeString(targetMedia.resolve("demo.jpg"), "another picture");
        DataSource target = emptyDatabase();
        RestoreException refused =
                assertThrows(RestoreException.class, () -> new SiteRestore(target, targetMedia).restore(file(archive)));
        assertTrue(refused.getMessage().contains("overwrites nothing"), refused.getMessage());
        assertEquals(Set.of(), tables(target));
        assertEquals("another picture", Files.readString(targetMedia.resolve("demo.jpg")));
    }

    private void assertRefused(byte[] archive, String reason) throws Exception {
        DataSource target = emptyDatabase();
        Path media = folder.resolve("media-refused-" + DATABASES.get());
        RestoreException refused =
                assertThrows(RestoreException.class, () -> new SiteRestore(target, media).restore(file(archive)));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
        assertFalse(refused.wroteSomething());
        assertEquals(Set.of(), tables(target), "nothing written");
        assertFalse(Files.exists(media), "no media written");
    }

    /** Where {@code part} first is in {@code bytes}: a name's first place is its entry's local header. */
    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static Set<String> tables(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new DatabaseTables(connection).read(true).keySet();
        }
    }

    private byte[] export(DataSource dataSource, Path media) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SiteExport(dataSource, media, "test", CLOCK).writeTo(out);
        return out.toByteArray();
    }

    private Path file(byte[] archive) throws IOException {
        return Files.write(folder.resolve("backup-" + DATABASES.incrementAndGet() + ".zip"), archive);
    }

    private static DataSource emptyDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:backup" + DATABASES.incrementAndGet() + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
