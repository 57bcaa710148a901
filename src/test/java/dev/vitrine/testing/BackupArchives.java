package dev.vitrine.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Two backup archives compared the way a person checks that nothing was lost: every table's rows (as JSON
 * objects, in any order, since databases sort text keys differently) and every media file's bytes; the manifests'
 * schema versions and counts, not their times.
 */
public final class BackupArchives {

    private BackupArchives() {}

    /** The differences between two archives, empty when they hold the same site. */
    public static List<String> differences(byte[] first, byte[] second) {
        Map<String, byte[]> a = entries(first);
        Map<String, byte[]> b = entries(second);
        List<String> differences = new ArrayList<>();
        if (!a.keySet().equals(b.keySet())) {
            TreeSet<String> onlyA = new TreeSet<>(a.keySet());
            onlyA.removeAll(b.keySet());
            TreeSet<String> onlyB = new TreeSet<>(b.keySet());
            onlyB.removeAll(a.keySet());
            differences.add("entries only in the first: " + onlyA + ", only in the second: " + onlyB);
        }
        for (String name : a.keySet()) {
            if (!b.containsKey(name)) {
                continue;
            }
            if (name.startsWith("tables/")) {
                List<JsonObject> rowsA = rows(a.get(name));
                List<JsonObject> rowsB = rows(b.get(name));
                List<String> linesA =
                        rowsA.stream().map(JsonObject::toString).sorted().toList();
                List<String> linesB =
                        rowsB.stream().map(JsonObject::toString).sorted().toList();
                if (!rowsA.equals(rowsB) && !linesA.equals(linesB)) {
                    differences.add(name + " differs: " + firstDifference(linesA, linesB));
                }
            } else if (name.startsWith("media/")) {
                if (!Arrays.equals(a.get(name), b.get(name))) {
                    differences.add(name + " has other bytes");
                }
            } else if (name.equals("manifest.json")) {
                JsonObject manifestA = object(a.get(name));
                JsonObject manifestB = object(b.get(name));
                for (String field : List.of("formatVersion", "schemaVersion", "tables", "media")) {
                    if (!manifestA.get(field).equals(manifestB.get(field))) {
                        differences.add(
                                "manifest." + field + ": " + manifestA.get(field) + " / " + manifestB.get(field));
                    }
                }
            }
        }
        return differences;
    }

    /** The rows of one table in an archive. */
    public static List<JsonObject> table(byte[] archive, String table) {
        byte[] bytes = entries(archive).get("tables/" + table + ".jsonl");
        if (bytes == null) {
            throw new AssertionError("no table " + table + " in the archive");
        }
        return rows(bytes);
    }

    public static JsonObject manifest(byte[] archive) {
        return object(entries(archive).get("manifest.json"));
    }

    public static Map<String, byte[]> entries(byte[] archive) {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static String firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String lineA = i < a.size() ? a.get(i) : "(none)";
            String lineB = i < b.size() ? b.get(i) : "(none)";
            if (!lineA.equals(lineB)) {
                return a.size() + " / " + b.size() + " rows; first difference:\n  " + lineA + "\n  " + lineB;
            }
        }
        return "the same rows in another order";
    }

    private static List<JsonObject> rows(byte[] bytes) {
        List<JsonObject> rows = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                rows.add(object(line.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static JsonObject object(byte[] bytes) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
