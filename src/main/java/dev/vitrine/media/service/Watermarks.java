package dev.vitrine.media.service;

import dev.vitrine.media.service.ImageUpload.Format;
import dev.vitrine.shared.config.VitrineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The pictures visitors see, watermarked: each JPEG or PNG picture (not thumbnails, not the logo) is made
 * once per watermark at most {@value #SHOWN_SIZE} pixels on its longest side, and kept in
 * {@code $VITRINE_DATA_DIR/watermarked/<key>/}; a changed watermark makes them again and forgets the old
 * ones. The stored originals are never touched (staff, backups and a later change of mind get them whole).
 * WebP and GIF pictures are shown as they are.
 */
@ApplicationScoped
public class Watermarks {

    static final int SHOWN_SIZE = 1600;

    private final Path root = VitrineConfig.dataDirectory().resolve("watermarked");

    /** The watermarked picture to show for a stored one, if it gets a watermark. */
    public Optional<Path> marked(String path, Path original, Watermark mark, Optional<Path> logo) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean marks = extension.equals("jpg") || extension.equals("jpeg") || extension.equals("png");
        if (mark == null || !marks || path.startsWith(MediaStore.THUMBNAILS) || path.startsWith("site/")) {
            return Optional.empty();
        }
        Path folder = root.resolve(mark.key());
        Path target = folder.resolve(path).normalize();
        if (!target.startsWith(folder)) {
            return Optional.empty();
        }
        if (Files.isRegularFile(target)) {
            return Optional.of(target);
        }
        return make(original, target, extension.equals("png") ? Format.PNG : Format.JPEG, mark, logo, folder);
    }

    private synchronized Optional<Path> make(
            Path original, Path target, Format format, Watermark mark, Optional<Path> logo, Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                forgetAllBut(folder);
            }
            BufferedImage decoded = ImageUpload.decodeAtMost(Files.readAllBytes(original), format, SHOWN_SIZE);
            if (decoded == null) {
                return Optional.empty();
            }
            boolean png = format == Format.PNG;
            BufferedImage picture = new BufferedImage(
                    decoded.getWidth(),
                    decoded.getHeight(),
                    png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            picture.createGraphics().drawImage(decoded, 0, 0, null);
            BufferedImage logoImage = mark.logo() == null
                    ? null
                    : logo.map(Watermarks::decodeLogo).orElse(null);
            if (logoImage == null && mark.text() == null) {
                return Optional.empty();
            }
            mark.drawOn(picture, logoImage);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, png ? "png" : "jpg", out);
            Files.createDirectories(target.getParent());
            Path written = Files.createTempFile(target.getParent(), "marking", ".tmp");
            Files.write(written, out.toByteArray());
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage decodeLogo(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            Format format = ImageUpload.sniff(content);
            return format == null ? null : ImageUpload.decodeAtMost(content, format, 400);
        } catch (IOException e) {
            return null;
        }
    }

    /** Deletes the pictures of earlier watermarks. */
    private void forgetAllBut(Path folder) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            for (Path old : folders.filter(other -> !other.equals(folder)).toList()) {
                try (Stream<Path> files = Files.walk(old)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }
}
