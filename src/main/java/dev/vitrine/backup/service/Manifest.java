package dev.vitrine.backup.service;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code manifest.json} says about an archive: its format version, the schema version (Flyway's) its rows
 * are in, the Vitrine that wrote it, when, from which kind of database, and how many rows each table and how
 * many media files it holds (so that a reader can tell a complete archive from a cut one).
 */
public record Manifest(
        int formatVersion,
        String schemaVersion,
        String vitrineVersion,
        Instant createdAt,
        String database,
        Map<String, Long> tables,
        long mediaFiles,
        long mediaBytes) {

    public long rows() {
        return tables.values().stream().mapToLong(Long::longValue).sum();
    }

    JsonObject toJson() {
        JsonObjectBuilder counts = Json.createObjectBuilder();
        tables.forEach(counts::add);
        return Json.createObjectBuilder()
                .add("format", BackupFormat.FORMAT_NAME)
                .add("formatVersion", formatVersion)
                .add("schemaVersion", schemaVersion)
                .add("vitrineVersion", vitrineVersion)
                .add("createdAt", createdAt.toString())
                .add("database", database)
                .add("tables", counts)
                .add(
                        "media",
                        Json.createObjectBuilder().add("files", mediaFiles).add("bytes", mediaBytes))
                .build();
    }

    /** Reads a manifest, refusing one that is not Vitrine's or misses a field. */
    static Manifest fromJson(JsonObject json) {
        if (!BackupFormat.FORMAT_NAME.equals(json.getString("format", null))) {
            throw new IllegalArgumentException("its manifest.json does not say \"format\": \""
                    + BackupFormat.FORMAT_NAME + "\": it is not a Vitrine backup");
        }
        Map<String, Long> tables = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> table : json.getJsonObject("tables").entrySet()) {
            tables.put(table.getKey(), ((JsonNumber) table.getValue()).longValueExact());
        }
        JsonObject media = json.getJsonObject("media");
        return new Manifest(
                json.getInt("formatVersion"),
                json.getString("schemaVersion"),
                json.getString("vitrineVersion", "unknown"),
                Instant.parse(json.getString("createdAt")),
                json.getString("database", "unknown"),
                tables,
                media.getJsonNumber("files").longValueExact(),
                media.getJsonNumber("bytes").longValueExact());
    }
}
