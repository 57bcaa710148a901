package dev.vitrine.moving.service;

import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.config.VitrineConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An export as an admin or the operator hands it over: a WordPress export file, a PbootCMS database (its SQLite
 * file), a MySQL dump of a PbootCMS or DedeCMS site; or a ZIP with one of those and a copy of the old site's upload
 * folder. Kept in a file of its own in {@code $VITRINE_DATA_DIR/moving} until
 * {@link #close}d (pictures are read from it while the import runs).
 */
public final class MoveInUpload implements AutoCloseable {

    private final Path file;
    private final ZipFile zip;
    private final SourceSite site;
    private final Pictures pictures;

    private MoveInUpload(Path file, ZipFile zip, SourceSite site) {
        this.file = file;
        this.zip = zip;
        this.site = site;
        this.pictures = zip == null ? Pictures.NONE : Pictures.in(zip);
    }

    /**
     * Reads what was handed over.
     *
     * @throws BusinessException when it is not an export this reads, with the reason
     */
    public static MoveInUpload read(InputStream in) {
        Path file = null;
        ZipFile zip = null;
        try {
            Path folder = folder();
            file = Files.createTempFile(folder, "upload-", ".tmp");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            SourceSite site;
            if (startsWith(file, ZIP)) {
                zip = new ZipFile(file.toFile());
                site = fromZip(zip);
            } else {
                site = fromFile(file, file.getFileName().toString());
            }
            return new MoveInUpload(file, zip, site);
        } catch (ZipException e) {
            closeQuietly(zip, file);
            throw new BusinessException("moving.damaged", e.getMessage());
        } catch (IOException e) {
            closeQuietly(zip, file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(zip, file);
            throw e;
        }
    }

    private static Path folder() throws IOException {
        return Files.createDirectories(VitrineConfig.dataDirectory().resolve("moving"));
    }

    /** An export file: an SQLite database, a WordPress export, or a MySQL dump. */
    private static SourceSite fromFile(Path file, String name) throws IOException {
        if (startsWith(file, SQLITE)) {
            SourceTables tables = new SourceTables(MoveInUpload::wanted);
            SqliteFile.read(file, tables);
            return fromTables(tables);
        }
        if (startsWith(file, XML)) {
            try (InputStream xml = Files.newInputStream(file)) {
                return WordPressExport.read(xml);
            }
        }
        SourceTables tables = new SourceTables(MoveInUpload::wanted);
        readDump(() -> Files.newInputStream(file), name, tables);
        return fromTables(tables);
    }

    /**
     * The export in a ZIP: a site's SQLite database ({@code data/pbootcms.db}), else its MySQL dump ({@code .sql},
     * or the {@code .txt} files of a DedeCMS backup, read together), else a WordPress export ({@code .xml}).
     */
    private static SourceSite fromZip(ZipFile zip) throws IOException {
        List<? extends ZipEntry> files =
                zip.stream().filter(entry -> !entry.isDirectory()).toList();
        for (ZipEntry entry : files) {
            if (entry.getName().matches("(?i).*\\.(db|sqlite3?)$") && startsWith(zip, entry, SQLITE)) {
                Path copy = Files.createTempFile(folder(), "sqlite-", ".db");
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    return fromFile(copy, entry.getName());
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
        }
        Set<String> backupFolders = files.stream()
                .map(ZipEntry::getName)
                .filter(name -> name.endsWith("_tables_struct.txt"))
                .map(name -> name.substring(0, name.lastIndexOf('/') + 1))
                .collect(Collectors.toSet());
        List<? extends ZipEntry> dumps = files.stream()
                .filter(entry -> entry.getName().toLowerCase().endsWith(".sql")
                        || (entry.getName().endsWith(".txt")
                                && backupFolders.contains(entry.getName()
                                        .substring(0, entry.getName().lastIndexOf('/') + 1))))
                .toList();
        if (!dumps.isEmpty()) {
            SourceTables tables = new SourceTables(MoveInUpload::wanted);
            for (ZipEntry dump : dumps) {
                readDump(() -> zip.getInputStream(dump), dump.getName(), tables);
            }
            return fromTables(tables);
        }
        ZipEntry export = files.stream()
                .filter(entry -> entry.getName().toLowerCase().endsWith(".xml"))
                .findFirst()
                .orElseThrow(() -> new BusinessException("moving.noExportInZip"));
        try (InputStream xml = zip.getInputStream(export)) {
            return WordPressExport.read(xml);
        }
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private static void readDump(Opener dump, String name, SourceTables tables) throws IOException {
        Charset charset;
        try (InputStream in = dump.open()) {
            charset = SqlDump.charsetOf(in);
        }
        try (InputStream in = dump.open()) {
            SqlDump.read(in, charset, name, tables);
        }
    }

    private static boolean wanted(String table) {
        return PbootCmsSite.wants(table) || DedeCmsSite.wants(table);
    }

    private static SourceSite fromTables(SourceTables tables) {
        if (PbootCmsSite.isOne(tables)) {
            return PbootCmsSite.read(tables);
        }
        return DedeCmsSite.prefixOf(tables)
                .map(prefix -> DedeCmsSite.read(tables, prefix))
                .orElseThrow(() -> new BusinessException("moving.unknownSystem"));
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XML = {'<'};

    private static boolean startsWith(Path file, byte[] start) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return startsWith(in, start);
        }
    }

    private static boolean startsWith(ZipFile zip, ZipEntry entry, byte[] start) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return startsWith(in, start);
        }
    }

    /** Whether a stream starts with the bytes (after a byte order mark and blanks, for XML). */
    private static boolean startsWith(InputStream in, byte[] start) throws IOException {
        byte[] head = in.readNBytes(64);
        int from = 0;
        if (start == XML) {
            while (from < head.length && (head[from] <= ' ' || (head[from] & 0xff) >= 0xef)) {
                from++;
            }
        }
        return head.length - from >= start.length
                && Arrays.equals(head, from, from + start.length, start, 0, start.length);
    }

    public SourceSite site() {
        return site;
    }

    /** The old site's pictures in the ZIP; none for a bare export file. */
    public Pictures pictures() {
        return pictures;
    }

    @Override
    public void close() {
        closeQuietly(zip, file);
    }

    private static void closeQuietly(ZipFile zip, Path file) {
        try {
            if (zip != null) {
                zip.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // then the file stays in the moving folder; it holds only what an admin handed over
        }
    }
}
