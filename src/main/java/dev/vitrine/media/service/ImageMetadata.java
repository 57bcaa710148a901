package dev.vitrine.media.service;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A JPEG's EXIF orientation. Walking a picture ({@link ImageStructure}) removes what it says about where
 * and how it was taken (EXIF with GPS position and camera serial numbers, XMP, comments, text chunks),
 * keeping the pixels as they are; the orientation goes with the rest, so it is read first
 * ({@link #jpegOrientation}) and written back alone ({@link #withOrientation}) for the picture to show
 * upright.
 */
final class ImageMetadata {

    private ImageMetadata() {}

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
}
