package dev.vitrine.moving.service;

import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.config.VitrineConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An export as an admin or the operator hands it over: a WordPress export file, or a ZIP with the export file and
 * a copy of the old site's upload folder. Kept in a file of its own in {@code $VITRINE_DATA_DIR/moving} until
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
            Path folder = Files.createDirectories(VitrineConfig.dataDirectory().resolve("moving"));
            file = Files.createTempFile(folder, "upload-", ".tmp");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            SourceSite site;
            if (isZip(file)) {
                zip = new ZipFile(file.toFile());
                ZipEntry export = zip.stream()
                        .filter(entry -> !entry.isDirectory()
                                && entry.getName().toLowerCase().endsWith(".xml"))
                        .findFirst()
                        .orElseThrow(() -> new BusinessException("moving.noExportInZip"));
                try (InputStream xml = zip.getInputStream(export)) {
                    site = WordPressExport.read(xml);
                }
            } else {
                try (InputStream xml = Files.newInputStream(file)) {
                    site = WordPressExport.read(xml);
                }
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

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        }
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
