package dev.vitrine.media.service;

import dev.vitrine.shared.MediaPaths;
import dev.vitrine.shared.config.VitrineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Images kept under {@code <data directory>/media}, outside the web root, so nothing stored there can
 * ever run as code. Paths are relative, such as {@code demo/tweeter.png}; each has a JPEG thumbnail at
 * {@code thumbs/<path without extension>.jpg}.
 */
@ApplicationScoped
public class MediaStore {

    /** Folders and file names of plain letters, digits, '-' and '_', with an image extension. */
    private static final Pattern SAFE_PATH =
            Pattern.compile("(" + MediaPaths.PATTERN + ")|(" + MediaPaths.FILE_PATTERN + ")");

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp", "gif", "image/gif");

    private final Path root = VitrineConfig.mediaDirectory();

    /** The folder of the thumbnails. */
    public static final String THUMBNAILS = "thumbs/";

    @Inject
    private UnsavedUploads unsaved;

    /** The thumbnail path of an image path. */
    public static String thumbnailOf(String path) {
        return THUMBNAILS + path.substring(0, path.lastIndexOf('.')) + ".jpg";
    }

    /**
     * Checks an uploaded image ({@link ImageUpload}), stores it under a generated name in {@code folder}
     * with its thumbnail, and returns its path. Only staff see it until a save claims it
     * ({@link UnsavedUploads}).
     */
    public String storeUpload(String folder, byte[] content) {
        ImageUpload.Accepted upload = ImageUpload.accept(content);
        String path = folder + "/"
                + java.time.LocalDate.now().toString().replace("-", "").substring(0, 6) + "/"
                + java.util.UUID.randomUUID().toString().replace("-", "") + "." + upload.format().extension;
        write(path, upload.content());
        write(thumbnailOf(path), upload.thumbnail());
        unsaved.uploaded(path);
        return path;
    }

    /** Stores a file attached for download, once {@link FileUpload} accepts it; unsaved until an item claims it. */
    public String storeFile(byte[] content, String name) {
        String extension = FileUpload.extensionOf(content, name);
        String path = "files/"
                + java.time.LocalDate.now().toString().replace("-", "").substring(0, 6) + "/"
                + java.util.UUID.randomUUID().toString().replace("-", "") + "." + extension;
        write(path, content);
        unsaved.uploaded(path);
        return path;
    }

    /** The file for a path from a URL, if the path is well-formed and the file exists. */
    public Optional<Path> find(String path) {
        if (path == null || !SAFE_PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(path).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The {@code Content-Type} for a stored path (which {@link #find} has accepted). */
    public static String contentTypeOf(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.get(extension);
    }

    /** Deletes a stored file, if it is there. */
    public void delete(String path) {
        find(path).ifPresent(file -> {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Stores bytes at a path the application chose (never a name from a visitor). */
    public void write(String path, byte[] content) {
        if (!SAFE_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Not a media path: " + path);
        }
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
