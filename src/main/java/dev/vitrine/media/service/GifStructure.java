package dev.vitrine.media.service;

import static dev.vitrine.media.service.ImageStructure.copy;
import static dev.vitrine.media.service.ImageStructure.corrupt;
import static dev.vitrine.media.service.ImageStructure.u16le;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A GIF's blocks up to its trailer (0x3B; nothing after it is kept): the logical screen and every
 * frame's image descriptor give its size; comments, plain text and application extensions other than
 * looping and colour profiles are dropped (XMP travels in one, GPS position and all).
 */
final class GifStructure {

    private static final int IMAGE = 0x2C;
    private static final int EXTENSION = 0x21;
    private static final int TRAILER = 0x3B;
    private static final int GRAPHIC_CONTROL = 0xF9;
    private static final int APPLICATION = 0xFF;

    /** Application extensions kept: looping (two spellings) and an ICC colour profile. */
    private static final Set<String> KEPT_APPLICATIONS = Set.of("NETSCAPE2.0", "ANIMEXTS1.0", "ICCRGBG1012");

    private GifStructure() {}

    static ImageStructure walk(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int largestWidth = u16le(b, 6);
        int largestHeight = u16le(b, 8);
        int widestFrame = 0;
        int i = 13 + colourTable(b[10]);
        copy(out, b, 0, i); // header, logical screen and its colour table
        while (i < b.length && (b[i] & 0xFF) != TRAILER) {
            int start = i;
            boolean kept = true;
            int kind = b[i] & 0xFF;
            if (kind == IMAGE) {
                int width = u16le(b, i + 5);
                int height = u16le(b, i + 7);
                if ((long) width * height > (long) largestWidth * largestHeight) {
                    largestWidth = width;
                    largestHeight = height;
                }
                widestFrame = Math.max(widestFrame, width);
                i = subBlocks(b, i + 10 + colourTable(b[i + 9]) + 1); // descriptor, table, LZW code size
            } else if (kind == EXTENSION) {
                int label = b[i + 1] & 0xFF;
                kept = label == GRAPHIC_CONTROL || (label == APPLICATION && keptApplication(b, i + 2));
                i = subBlocks(b, i + 2);
            } else {
                throw corrupt();
            }
            if (kept) {
                copy(out, b, start, i - start);
            }
        }
        out.write(TRAILER); // a GIF that ends without its trailer gets one; whatever follows it is dropped
        if (largestWidth < 1 || largestHeight < 1) {
            throw corrupt();
        }
        // The JDK's reader decodes a row of the first frame at a time, with LZW tables of a few KB.
        long decoding = 4L * widestFrame + 64 * 1024;
        return new ImageStructure(largestWidth, largestHeight, decoding, out.toByteArray());
    }

    /** The length of the colour table that a descriptor's packed byte announces. */
    private static int colourTable(byte packed) {
        return (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));
    }

    /** The position after the sub-blocks starting at {@code i} and their zero-length terminator. */
    private static int subBlocks(byte[] b, int i) {
        while (true) {
            int length = b[i] & 0xFF;
            i += 1 + length;
            if (length == 0) {
                return i;
            }
            if (i > b.length) {
                throw corrupt();
            }
        }
    }

    /** An application extension's first sub-block holds its 8-byte name and 3-byte code. */
    private static boolean keptApplication(byte[] b, int i) {
        return (b[i] & 0xFF) == 11 && KEPT_APPLICATIONS.contains(new String(b, i + 1, 11, StandardCharsets.US_ASCII));
    }
}
