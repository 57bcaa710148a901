package dev.vitrine.media.service;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import dev.vitrine.shared.BusinessException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The rules for uploaded images: JPEG, PNG, WebP or GIF, recognised by their first bytes (never by the
 * name), at most 10 MB, and actually decodable as that format. Anything else is refused with a message
 * key saying why. Also makes the list thumbnails.
 */
public final class ImageUpload {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int THUMBNAIL_SIZE = 240;

    /** The accepted formats, with the file extension Vitrine stores them under. */
    public enum Format {
        JPEG("jpg"),
        PNG("png"),
        WEBP("webp"),
        GIF("gif");

        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    private ImageUpload() {}

    /** The format of an upload that passes every check; throws with the reason otherwise. */
    public static Format check(byte[] content) {
        if (content.length == 0) {
            throw new BusinessException("upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("upload.tooLarge");
        }
        Format format = sniff(content);
        if (format == null) {
            throw new BusinessException("upload.notAnImage");
        }
        BufferedImage image = decode(content, format);
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new BusinessException("upload.corrupt");
        }
        return format;
    }

    /** The format named by the file's first bytes, or {@code null}. */
    static Format sniff(byte[] b) {
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        }
        if (startsWith(b, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') {
            return Format.GIF;
        }
        if (startsWith(b, 'R', 'I', 'F', 'F')
                && b.length > 12
                && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes())) {
            return Format.WEBP;
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static BufferedImage decode(byte[] content, Format format) {
        try {
            if (format != Format.WEBP) {
                return ImageIO.read(new ByteArrayInputStream(content));
            }
            // The WebP reader is used directly, not registered globally with ImageIO.
            ImageReader reader = new WebPImageReaderSpi().createReaderInstance();
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
                reader.setInput(in);
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A JPEG thumbnail that fits in {@value #THUMBNAIL_SIZE} pixels, on white where the image is clear. */
    public static byte[] thumbnail(byte[] content, Format format) {
        BufferedImage source = decode(content, format);
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage thumb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(thumb, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
