package dev.vitrine.media.service;

import dev.vitrine.media.service.ImageUpload.Format;
import dev.vitrine.shared.config.VitrineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The pictures visitors see: a stored JPEG or PNG picture (not a thumbnail, not the logo) at one of the
 * {@link #WIDTHS} a page offers in its {@code srcset}, so that a phone never downloads a 4000-pixel
 * original, and with the site's watermark when one is set (then at most {@value #LARGEST} pixels wide even
 * when asked as stored). Each is made once and kept in {@code $VITRINE_DATA_DIR/shown/<watermark>/<width>/};
 * a changed watermark makes them again and forgets the old ones. Storage is bounded by the stored pictures:
 * three widths each. The originals are never touched (staff, backups and a later change of mind get them
 * whole). WebP and GIF pictures are shown as stored.
 */
@ApplicationScoped
public class ShownPictures {

    /** The widths pages ask for. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    static final int LARGEST = 1600;

    private final Path root = VitrineConfig.dataDirectory().resolve("shown");

    /**
     * The picture to show for a stored one, if it is not shown as stored.
     *
     * @param width one of {@link #WIDTHS}, or 0 for as stored
     */
    public Optional<Path> shown(String path, Path original, int width, Watermark mark, Optional<Path> logo) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean drawable = extension.equals("jpg") || extension.equals("jpeg") || extension.equals("png");
        if ((mark == null && width == 0)
                || !drawable
                || path.startsWith(MediaStore.THUMBNAILS)
                || path.startsWith("site/")) {
            return Optional.empty();
        }
        Path folder = root.resolve(mark == null ? "plain" : mark.key());
        int wide = width == 0 ? LARGEST : width;
        Path target = folder.resolve(Integer.toString(wide)).resolve(path).normalize();
        if (!target.startsWith(folder)) {
            return Optional.empty();
        }
        if (Files.isRegularFile(target)) {
            return Optional.of(target);
        }
        Format format = extension.equals("png") ? Format.PNG : Format.JPEG;
        return make(original, target, format, wide, mark, logo, folder);
    }

    private synchronized Optional<Path> make(
            Path original, Path target, Format format, int wide, Watermark mark, Optional<Path> logo, Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                forgetAllBut(folder);
            }
            BufferedImage decoded = ImageUpload.decodeAtMost(Files.readAllBytes(original), format, 2 * wide);
            if (decoded == null || (mark == null && decoded.getWidth() <= wide)) {
                return Optional.empty(); // already small enough: shown as stored
            }
            boolean png = format == Format.PNG;
            double scale = Math.min(1.0, (double) wide / decoded.getWidth());
            int width = Math.max(1, (int) Math.round(decoded.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(decoded.getHeight() * scale));
            BufferedImage picture =
                    new BufferedImage(width, height, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(decoded, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            if (mark != null) {
                BufferedImage logoImage = mark.logo() == null
                        ? null
                        : logo.map(ShownPictures::decodeLogo).orElse(null);
                if (logoImage != null || mark.text() != null) {
                    mark.drawOn(picture, logoImage);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, png ? "png" : "jpg", out);
            Files.createDirectories(target.getParent());
            Path written = Files.createTempFile(target.getParent(), "making", ".tmp");
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

    /** Deletes the pictures of earlier watermarks (or of none, once there is one). */
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
