package dev.vitrine.media.service;

import static dev.vitrine.media.service.ImageStructure.copy;
import static dev.vitrine.media.service.ImageStructure.corrupt;
import static dev.vitrine.media.service.ImageStructure.u16be;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A JPEG's segments up to its end (EOI): the frame header (SOFn) gives its size and sampling, metadata
 * segments are dropped, and nothing after EOI is kept (a page or a script appended to a photo).
 *
 * <p>Kept: APP0 (JFIF), APP2 holding an ICC colour profile, APP14 (Adobe colour transform), the coding
 * tables and the scans. Dropped: APP1 (EXIF, XMP), other APP2 uses (multi-picture indexes pointing
 * past EOI), APP3 to APP13, APP15 and comments.
 */
final class JpegStructure {

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;

    private JpegStructure() {}

    static ImageStructure walk(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        copy(out, b, 0, 2); // SOI
        Frame frame = null;
        int scans = 0;
        int i = 2;
        while (true) {
            if ((b[i] & 0xFF) != 0xFF) {
                throw corrupt();
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte before a marker
                i++;
                continue;
            }
            if (marker == EOI) {
                copy(out, b, i, 2);
                break; // whatever follows is not part of the picture
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) { // markers without a length
                copy(out, b, i, 2);
                i += 2;
                continue;
            }
            int length = u16be(b, i + 2);
            if (length < 2) {
                throw corrupt();
            }
            int end = i + 2 + length;
            if (isFrameHeader(marker)) {
                frame = Frame.read(b, i + 4, marker);
            }
            if (!isMetadata(b, i, marker, length)) {
                copy(out, b, i, 2L + length);
            } else if (end > b.length) {
                throw corrupt();
            }
            i = end;
            if (marker == SOS) {
                scans++;
                int data = entropyCodedEnd(b, i);
                copy(out, b, i, data - i);
                i = data;
            }
        }
        if (frame == null) {
            throw corrupt();
        }
        return new ImageStructure(frame.width, frame.height, frame.decodingBytes(scans), out.toByteArray());
    }

    /** SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isFrameHeader(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean isMetadata(byte[] b, int at, int marker, int length) {
        if (marker == 0xE2) {
            return !(length >= 14 && new String(b, at + 4, 12, StandardCharsets.ISO_8859_1).equals("ICC_PROFILE\0"));
        }
        return marker == 0xFE || (marker >= 0xE1 && marker <= 0xEF && marker != 0xEE);
    }

    /** The position of the first marker after a scan's data (0xFF 0x00 is a data byte, RSTn stay inside). */
    private static int entropyCodedEnd(byte[] b, int i) {
        while (true) {
            if ((b[i] & 0xFF) == 0xFF) {
                int next = b[i + 1] & 0xFF;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
                    return i;
                }
                i += 2;
            } else {
                i++;
            }
        }
    }

    /** A frame header: size, and each component's sampling factors. */
    private record Frame(int marker, int width, int height, int[] horizontal, int[] vertical) {

        static Frame read(byte[] b, int at, int marker) {
            int height = u16be(b, at + 1);
            int width = u16be(b, at + 3);
            int components = b[at + 5] & 0xFF;
            if (width == 0 || height == 0 || components == 0) {
                throw corrupt(); // a height given later (DNL) is refused: no decoder here needs it
            }
            int[] horizontal = new int[components];
            int[] vertical = new int[components];
            for (int c = 0; c < components; c++) {
                int sampling = b[at + 7 + 3 * c] & 0xFF;
                horizontal[c] = Math.max(1, sampling >> 4);
                vertical[c] = Math.max(1, sampling & 0x0F);
            }
            return new Frame(marker, width, height, horizontal, vertical);
        }

        /**
         * libjpeg keeps every coefficient of the picture (128 bytes per 8x8 block and component) when
         * the picture comes in several scans (progressive, or components sent apart); a single
         * interleaved scan needs one row of blocks at a time.
         */
        long decodingBytes(int scans) {
            boolean progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
            int maxH = java.util.Arrays.stream(horizontal).max().orElse(1);
            int maxV = java.util.Arrays.stream(vertical).max().orElse(1);
            long bytes = 0;
            for (int c = 0; c < horizontal.length; c++) {
                long blocksAcross = ceil(ceil((long) width * horizontal[c], maxH), 8);
                long blocksDown = ceil(ceil((long) height * vertical[c], maxV), 8);
                bytes += progressive || scans > 1
                        ? blocksAcross * blocksDown * 128
                        : blocksAcross * 8 * vertical[c] * 8 * 3; // a row of blocks, upsampled and converted
            }
            return bytes;
        }

        private static long ceil(long a, long b) {
            return (a + b - 1) / b;
        }
    }
}
