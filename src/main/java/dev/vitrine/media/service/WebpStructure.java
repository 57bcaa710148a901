package dev.vitrine.media.service;

import static dev.vitrine.media.service.ImageStructure.copy;
import static dev.vitrine.media.service.ImageStructure.corrupt;
import static dev.vitrine.media.service.ImageStructure.u16le;
import static dev.vitrine.media.service.ImageStructure.u24le;
import static dev.vitrine.media.service.ImageStructure.u32le;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A WebP's chunks, within the size its RIFF header states (nothing after it is kept): the size from the
 * VP8X canvas and from every VP8 or VP8L bitstream header (animation frames too), EXIF and XMP dropped.
 *
 * <p>What TwelveMonkeys' decoder holds (measured with {@code ThreadMXBean.getThreadAllocatedBytes}): a
 * lossy (VP8) picture keeps an object for every 16x16 macroblock of the whole frame, about 3.9 KB each;
 * a lossless (VP8L) picture or an alpha channel is decoded whole into 4 bytes a pixel, subsampling or
 * not (a source region or subsampling only adds a copy). Neither can be decoded in parts, so the sizes
 * they would need are refused instead.
 */
final class WebpStructure {

    static final long MACROBLOCK_BYTES = 4_000;
    static final long LOSSLESS_BYTES_PER_PIXEL = 4;

    private WebpStructure() {}

    static ImageStructure walk(byte[] b) {
        long riffSize = u32le(b, 4);
        if (riffSize < 4 + 8 || 8 + riffSize > b.length) {
            throw corrupt();
        }
        int end = (int) (8 + riffSize); // anything after the RIFF's stated size is dropped
        ByteArrayOutputStream out = new ByteArrayOutputStream(end);
        copy(out, b, 0, 12); // RIFF, size, WEBP
        Size canvas = null;
        long decoding = 0;
        int i = 12;
        while (i < end) {
            String type = new String(b, i, 4, StandardCharsets.ISO_8859_1);
            long chunk = chunkLength(b, i, end);
            if (type.equals("ANMF")) { // an animation frame (offset, size, timing, then its own chunks)
                if (canvas == null) {
                    throw corrupt(); // frames are only allowed after a VP8X header
                }
                // drawn on a picture of the canvas's size
                long frame = frame(b, i + 8 + 16, (int) (i + chunk), canvas);
                decoding = Math.max(decoding, frame + canvas.pixels() * LOSSLESS_BYTES_PER_PIXEL);
            } else {
                decoding = Math.max(decoding, bitstream(b, i, type, canvas));
            }
            if (canvas == null) {
                canvas = type.equals("VP8X") ? new Size(u24le(b, i + 12) + 1, u24le(b, i + 15) + 1) : size(b, i, type);
            }
            if (!type.equals("EXIF") && !type.equals("XMP ")) {
                int at = out.size();
                copy(out, b, i, chunk);
                if (type.equals("VP8X")) {
                    out = clearMetadataFlags(out, at + 8);
                }
            }
            i += (int) chunk;
        }
        if (canvas == null) {
            throw corrupt();
        }
        byte[] result = out.toByteArray();
        ByteBuffer.wrap(result, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(result.length - 8);
        return new ImageStructure(canvas.width, canvas.height, decoding, result);
    }

    private record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    /** The chunks inside an animation frame, which may not be larger than the canvas. */
    private static long frame(byte[] b, int i, int end, Size canvas) {
        long decoding = 0;
        while (i < end) {
            String type = new String(b, i, 4, StandardCharsets.ISO_8859_1);
            long chunk = chunkLength(b, i, end);
            decoding = Math.max(decoding, bitstream(b, i, type, canvas));
            i += (int) chunk;
        }
        return decoding;
    }

    /**
     * The length of the chunk at {@code i} with its header and padding byte, refused if it runs past
     * {@code end}; a last chunk of odd length may lack its padding byte.
     */
    private static long chunkLength(byte[] b, int i, int end) {
        long size = u32le(b, i + 4);
        if (i + 8 + size > end) {
            throw corrupt();
        }
        return Math.min(8 + size + (size & 1), end - i);
    }

    /** What decoding a VP8, VP8L or ALPH chunk holds; 0 for other chunks. */
    private static long bitstream(byte[] b, int i, String type, Size canvas) {
        Size size = type.equals("ALPH") ? canvas : size(b, i, type);
        if (size == null) {
            return 0;
        }
        if (canvas != null && (size.width > canvas.width || size.height > canvas.height)) {
            throw corrupt();
        }
        if (type.equals("VP8 ")) {
            return ((size.width + 15) / 16 + 2L) * ((size.height + 15) / 16 + 2L) * MACROBLOCK_BYTES;
        }
        return size.pixels() * LOSSLESS_BYTES_PER_PIXEL; // VP8L, or a compressed alpha channel
    }

    /** The size a VP8 or VP8L bitstream header states; {@code null} for other chunks. */
    private static Size size(byte[] b, int i, String type) {
        int data = i + 8;
        if (type.equals("VP8 ")) {
            // a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height
            if ((b[data] & 1) != 0 || (b[data + 3] & 0xFF) != 0x9D || b[data + 4] != 0x01 || b[data + 5] != 0x2A) {
                throw corrupt(); // not a key frame: nothing to show
            }
            return nonEmpty(u16le(b, data + 6) & 0x3FFF, u16le(b, data + 8) & 0x3FFF);
        }
        if (type.equals("VP8L")) {
            // the signature 2F, then 14 bits width - 1 and 14 bits height - 1
            if ((b[data] & 0xFF) != 0x2F) {
                throw corrupt();
            }
            long bits = u32le(b, data + 1);
            return nonEmpty((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
        }
        return null;
    }

    private static Size nonEmpty(int width, int height) {
        if (width < 1 || height < 1) {
            throw corrupt();
        }
        return new Size(width, height);
    }

    /** Clears the EXIF (0x08) and XMP (0x04) flags of the VP8X chunk whose flags byte is at {@code at}. */
    private static ByteArrayOutputStream clearMetadataFlags(ByteArrayOutputStream out, int at) {
        byte[] written = out.toByteArray();
        written[at] &= (byte) ~0x0C;
        ByteArrayOutputStream copy = new ByteArrayOutputStream(written.length);
        copy.write(written, 0, written.length);
        return copy;
    }
}
