package dev.vitrine.moving.service;

import dev.vitrine.media.service.RemotePictures;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An export as an admin or the operator hands it over: a WordPress export file, a PbootCMS database (its SQLite
 * file), a MySQL dump of a PbootCMS or DedeCMS site; or a ZIP with one of those and a copy of the old site's upload
 * folder. Kept in a file of its own in {@code $VITRINE_DATA_DIR/moving} until
 * {@link #close}d (pictures are read from it while the import runs). Or, instead of a dump, the old site's database
 * itself, read once over a connection ({@link OldSiteDatabase}); its pictures are then fetched from the old site.
 */
public final class MoveInUpload implements AutoCloseable {

    private final Path file;
    private final ZipFile zip;
    private final SourceSite site;
    private final Pictures pictures;
    /** Where pictures fetched from the old site are kept until the upload is closed. */
    private final Path fetched;

    private MoveInUpload(Path file, ZipFile zip, SourceSite site, Path fetched) {
        this.file = file;
        this.zip = zip;
        this.site = site;
        this.pictures = zip == null ? Pictures.NONE : Pictures.in(zip);
        this.fetched = fetched;
    }

    /**
     * Reads the old site's database.
     *
     * @throws BusinessException when it can't be read, or is not a PbootCMS or DedeCMS database
     */
    public static MoveInUpload read(OldSiteDatabase database) {
        SourceTables tables = new SourceTables(MoveInUpload::wanted);
        database.read(tables);
        SourceSite site = fromTables(tables);
        try {
            return new MoveInUpload(null, null, site, folder().resolve("database-" + UUID.randomUUID() + ".fetched"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                // names in GBK, as Chinese and Windows tools write them; those marked UTF-8 are read as UTF-8
                zip = new ZipFile(file.toFile(), Charset.forName("GB18030"));
                site = fromZip(zip);
            } else {
                site = fromFile(file, file.getFileName().toString());
            }
            return new MoveInUpload(file, zip, site, file.resolveSibling(file.getFileName() + ".fetched"));
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
     * The export in a ZIP. A MySQL dump at its top wins (put there to be read); else a site's SQLite database
     * ({@code data/pbootcms.db}); else DedeCMS's own backup (its folder's {@code .txt} files, the structure first);
     * else a MySQL dump anywhere in it; else a WordPress export ({@code .xml}). Two of the same kind are refused: which
     * one is the site's is for the admin to say.
     */
    private static SourceSite fromZip(ZipFile zip) throws IOException {
        List<ZipEntry> files = new ArrayList<>(
                zip.stream().filter(entry -> !entry.isDirectory()).toList());
        List<ZipEntry> topDumps = files.stream()
                .filter(entry -> isDump(entry) && !entry.getName().contains("/"))
                .toList();
        if (!topDumps.isEmpty()) {
            return fromDumps(zip, topDumps);
        }
        List<ZipEntry> databases = new ArrayList<>();
        for (ZipEntry entry : files) {
            if (entry.getName().matches("(?i).*\\.(db|sqlite3?)$") && startsWith(zip, entry, SQLITE)) {
                databases.add(entry);
            }
        }
        if (!databases.isEmpty()) {
            ZipEntry database = only(databases);
            Path copy = Files.createTempFile(folder(), "sqlite-", ".db");
            try (InputStream in = zip.getInputStream(database)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                return fromFile(copy, database.getName());
            } finally {
                Files.deleteIfExists(copy);
            }
        }
        List<String> backups = files.stream()
                .map(ZipEntry::getName)
                .filter(name -> name.endsWith("_tables_struct.txt"))
                .toList();
        if (!backups.isEmpty()) {
            String backup = folderOf(only(backups));
            List<ZipEntry> parts = files.stream()
                    .filter(entry -> entry.getName().endsWith(".txt")
                            && folderOf(entry.getName()).equals(backup))
                    // the structure first: the data's INSERTs name no columns
                    .sorted(Comparator.comparing(
                            (ZipEntry entry) -> !entry.getName().endsWith("_tables_struct.txt")))
                    .toList();
            return fromDumps(zip, parts);
        }
        List<ZipEntry> dumps = files.stream().filter(MoveInUpload::isDump).toList();
        if (!dumps.isEmpty()) {
            return fromDumps(zip, List.of(only(dumps)));
        }
        ZipEntry export = only(files.stream()
                .filter(entry -> entry.getName().toLowerCase().endsWith(".xml"))
                .toList());
        try (InputStream xml = zip.getInputStream(export)) {
            return WordPressExport.read(xml);
        }
    }

    private static boolean isDump(ZipEntry entry) {
        return entry.getName().toLowerCase().endsWith(".sql");
    }

    private static String folderOf(String name) {
        return name.substring(0, name.lastIndexOf('/') + 1);
    }

    /** The one of several candidates for the export: none, or more than one, is refused saying which. */
    private static <T> T only(List<T> candidates) {
        if (candidates.isEmpty()) {
            throw new BusinessException("moving.noExportInZip");
        }
        if (candidates.size() > 1) {
            throw new BusinessException(
                    "moving.severalExports",
                    candidates.stream()
                            .map(candidate ->
                                    candidate instanceof ZipEntry entry ? entry.getName() : candidate.toString())
                            .collect(Collectors.joining(", ")));
        }
        return candidates.get(0);
    }

    private static SourceSite fromDumps(ZipFile zip, List<? extends ZipEntry> dumps) throws IOException {
        SourceTables tables = new SourceTables(MoveInUpload::wanted);
        for (ZipEntry dump : dumps) {
            readDump(() -> zip.getInputStream(dump), dump.getName(), tables);
        }
        return fromTables(tables);
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

    /**
     * The old site's pictures in the ZIP (none for a bare export file), and if asked, those it lacks fetched from the
     * old site (kept beside the upload until it is closed).
     */
    public Pictures pictures(boolean fetchMissing) {
        return fetchMissing ? pictures.orFetchedFrom(site.origin(), new RemotePictures(), fetched) : pictures;
    }

    @Override
    public void close() {
        closeQuietly(zip, file);
        if (Files.isDirectory(fetched)) {
            try (Stream<Path> kept = Files.list(fetched)) {
                for (Path picture : kept.toList()) {
                    Files.deleteIfExists(picture);
                }
                Files.deleteIfExists(fetched);
            } catch (IOException e) {
                // then they stay in the moving folder, as an upload would
            }
        }
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
