package dev.vitrine.media.service;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Removes what a picture says about where and how it was taken (EXIF with GPS position and camera serial
 * numbers, XMP, comments, text chunks), keeping the pixels as they are: no re-encoding, no loss. Colour
 * profiles stay, so colours don't change. A JPEG's EXIF orientation goes with the rest, so it is read
 * first ({@link #jpegOrientation}) for the picture to be turned upright.
 */
final class ImageMetadata {

    /** PNG chunks that only carry text or time. */
    private static final Set<String> PNG_TEXT_CHUNKS = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    private ImageMetadata() {}

    static byte[] strip(byte[] content, ImageUpload.Format format) {
        return switch (format) {
            case JPEG -> stripJpeg(content);
            case PNG -> stripPng(content);
            case WEBP -> stripWebp(content);
            case GIF -> content; // GIF has no camera metadata
        };
    }

    /**
     * JPEG segments before the image data: APP1 (EXIF, XMP), APP3 to APP13, APP15 and comments go; APP0
     * (JFIF), APP2 (ICC colour profile), APP14 (Adobe colour transform) and the coding tables stay.
     */
    private static byte[] stripJpeg(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2); // SOI
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xDA) { // start of scan: the rest is image data
                break;
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            int end = Math.min(b.length, i + 2 + length);
            boolean metadata = marker == 0xFE || (marker >= 0xE1 && marker <= 0xEF && marker != 0xE2 && marker != 0xEE);
            if (!metadata) {
                out.write(b, i, end - i);
            }
            i = end;
        }
        out.write(b, i, b.length - i);
        return out.toByteArray();
    }

    /** The EXIF orientation of a JPEG (1 to 8; 1 = upright), 1 when it has none. */
    static int jpegOrientation(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) != 0xDA) {
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if ((b[i + 1] & 0xFF) == 0xE1
                    && length > 8
                    && new String(b, i + 4, 4, StandardCharsets.ISO_8859_1).equals("Exif")) {
                return exifOrientation(b, i + 10, Math.min(b.length, i + 2 + length));
            }
            i += 2 + length;
        }
        return 1;
    }

    /**
     * A stripped JPEG with an EXIF block that says its orientation and nothing else, so that it still
     * shows upright: a TIFF header and one directory of one entry (tag 0x0112, a SHORT).
     */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer exif = ByteBuffer.allocate(36);
        exif.put(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0});
        exif.put(new byte[] {'M', 'M', 0, 42}).putInt(8); // big-endian TIFF, first directory at 8
        exif.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1);
        exif.putShort((short) orientation).putShort((short) 0).putInt(0); // value, padding, no next directory
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 36);
        out.write(jpeg, 0, 2);
        out.write(exif.array(), 0, 36);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Reads tag 0x0112 of the first image directory of the TIFF structure at {@code start}. */
    private static int exifOrientation(byte[] b, int start, int end) {
        try {
            ByteBuffer tiff = ByteBuffer.wrap(b, start, end - start).slice();
            tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            int directory = tiff.getInt(4);
            int entries = tiff.getShort(directory) & 0xFFFF;
            for (int e = 0; e < entries; e++) {
                int entry = directory + 2 + e * 12;
                if ((tiff.getShort(entry) & 0xFFFF) == 0x0112) {
                    int value = tiff.getShort(entry + 8) & 0xFFFF;
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
        } catch (RuntimeException malformed) {
            // a broken EXIF block says nothing reliable: treat the picture as upright
        }
        return 1;
    }

    private static byte[] stripPng(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8); // signature
        int i = 8;
        while (i + 12 <= b.length) {
            int length = ByteBuffer.wrap(b, i, 4).getInt();
            if (length < 0 || i + 12L + length > b.length) {
                break;
            }
            String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            if (!PNG_TEXT_CHUNKS.contains(type)) {
                out.write(b, i, 12 + length);
            }
            i += 12 + length;
        }
        out.write(b, i, b.length - i);
        return out.toByteArray();
    }

    /** WebP: the EXIF and XMP chunks go, and the header's flags for them are cleared. */
    private static byte[] stripWebp(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 12); // RIFF, size, WEBP
        int i = 12;
        while (i + 8 <= b.length) {
            int size =
                    ByteBuffer.wrap(b, i + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            int padded = size + (size & 1);
            if (size < 0 || i + 8L + padded > b.length) {
                break;
            }
            String type = new String(b, i, 4, StandardCharsets.ISO_8859_1);
            if (!type.equals("EXIF") && !type.equals("XMP ")) {
                int at = out.size();
                out.write(b, i, 8 + padded);
                if (type.equals("VP8X")) {
                    byte[] written = out.toByteArray();
                    written[at + 8] &= (byte) ~0x0C; // the EXIF (0x08) and XMP (0x04) flags
                    out.reset();
                    out.write(written, 0, written.length);
                }
            }
            i += 8 + padded;
        }
        out.write(b, i, b.length - i);
        byte[] result = out.toByteArray();
        ByteBuffer.wrap(result, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
        return result;
    }
}
