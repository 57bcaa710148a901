package dev.vitrine.media.service;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import dev.vitrine.shared.BusinessException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The rules for uploaded images: JPEG, PNG, WebP or GIF, recognised by their first bytes (never by the
 * name), at most 10 MB and {@value #MAX_PIXELS} pixels, and actually decodable as that format. Anything
 * else is refused with a message key saying why. Before any decoder sees a file, its structure is walked
 * ({@link ImageStructure}): sizes and the decoder's memory are read from the headers, and what the
 * decoder would hold beyond {@link #DECODING_BUDGET} is refused, so a small file that unpacks to
 * gigabytes costs nothing. Decoding is one picture at a time and never at full size where the decoder
 * allows it (every row is read, but only every n-th pixel kept). What is stored is the walked file:
 * no metadata, nothing after the format's end.
 */
public final class ImageUpload {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000;
    public static final int THUMBNAIL_SIZE = 240;

    /**
     * The most memory a decoder may hold for one picture, beside the small decoded copy. Enough for any
     * JPEG and PNG within the limits; WebP decoders hold the whole picture (4 bytes a pixel lossless,
     * about 15 lossy), so a lossless WebP over 25 and a lossy one over about 6 megapixels are refused, and a progressive
     * JPEG (all its coefficients kept: 2 to 6 bytes a pixel) over 16 to 33.
     */
    public static final long DECODING_BUDGET = 96L * 1024 * 1024;

    /** The longest side a picture is decoded at: enough for thumbnails, a few MB of memory. */
    private static final int DECODED_SIZE = 1024;

    /** One decode at a time; an upload waits up to a minute for its turn. */
    private static final Semaphore DECODING = new Semaphore(1, true);

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

    /** An upload that passed: its format, the bytes to store (no metadata) and its JPEG thumbnail. */
    public record Accepted(Format format, byte[] content, byte[] thumbnail) {}

    private ImageUpload() {}

    /** Checks an upload and prepares it for storing; throws with the reason if it is refused. */
    public static Accepted accept(byte[] content) {
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
        ImageStructure structure = ImageStructure.walk(content, format);
        BufferedImage image = decodeSmall(structure, format, DECODED_SIZE);
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new BusinessException("upload.corrupt");
        }
        byte[] stored = structure.content();
        int orientation = format == Format.JPEG ? ImageMetadata.jpegOrientation(content) : 1;
        if (orientation != 1) {
            stored = ImageMetadata.withOrientation(stored, orientation);
        }
        return new Accepted(format, stored, thumbnail(upright(image, orientation)));
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

    /** Whether the content starts with these bytes (given as 0 to 255). */
    static boolean startsWith(byte[] content, int... prefix) {
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

    /**
     * The picture decoded at most {@value #DECODED_SIZE} pixels on its longest side, or {@code null} if it
     * can't be read; refused if its headers claim more than {@value #MAX_PIXELS} pixels or a decoder
     * holding more than {@link #DECODING_BUDGET} bytes.
     */
    static BufferedImage decodeSmall(byte[] content, Format format) {
        return decodeSmall(ImageStructure.walk(content, format), format, DECODED_SIZE);
    }

    /** As {@link #decodeSmall(byte[], Format)}, at most {@code longestSide} pixels on its longest side. */
    static BufferedImage decodeAtMost(byte[] content, Format format, int longestSide) {
        return decodeSmall(ImageStructure.walk(content, format), format, longestSide);
    }

    private static BufferedImage decodeSmall(ImageStructure structure, Format format, int longestSide) {
        if (structure.pixels() > MAX_PIXELS) {
            throw new BusinessException("upload.tooManyPixels");
        }
        if (structure.decodingBytes() > DECODING_BUDGET) {
            throw new BusinessException("upload.tooLargeToDecode");
        }
        try {
            if (!DECODING.tryAcquire(1, TimeUnit.MINUTES)) {
                throw new BusinessException("upload.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException("upload.busy");
        }
        try (ImageInputStream in = new PictureInputStream(structure.content())) {
            ImageReader reader = readerFor(format, in);
            try {
                reader.setInput(in);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new BusinessException("upload.tooManyPixels");
                }
                int step = (int) Math.max(1, (Math.max(width, height) + longestSide - 1) / longestSide);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException refusal) {
                throw refusal;
            }
            return null;
        } finally {
            DECODING.release();
        }
    }

    /** The JDK's reader for the format, or TwelveMonkeys' for WebP (used directly, not registered). */
    private static ImageReader readerFor(Format format, ImageInputStream in) throws IOException {
        if (format == Format.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException("No reader for " + format);
        }
        return readers.next();
    }

    /** The picture turned as its EXIF orientation says (1 to 8; 1 = as stored). */
    static BufferedImage upright(BufferedImage source, int orientation) {
        if (orientation == 1) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean turned = orientation >= 5;
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = source.getRGB(x, y);
                switch (orientation) {
                    case 2 -> out.setRGB(w - 1 - x, y, rgb);
                    case 3 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> out.setRGB(x, h - 1 - y, rgb);
                    case 5 -> out.setRGB(y, x, rgb);
                    case 6 -> out.setRGB(h - 1 - y, x, rgb);
                    case 7 -> out.setRGB(h - 1 - y, w - 1 - x, rgb);
                    default -> out.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return out;
    }

    /** A JPEG thumbnail of a picture that passed {@link #accept}. */
    public static byte[] thumbnail(byte[] content, Format format) {
        return thumbnail(decodeSmall(content, format));
    }

    /** A JPEG thumbnail that fits in {@value #THUMBNAIL_SIZE} pixels, on white where the image is clear. */
    private static byte[] thumbnail(BufferedImage source) {
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
