package dev.vitrine.media.service;

import dev.vitrine.shared.BusinessException;
import java.io.ByteArrayOutputStream;

/**
 * What walking a picture's chunks or segments found, before any decoder sees it: its size, the memory
 * its decoder will hold, and the bytes worth storing. Walking only reads lengths and headers, so it
 * costs a copy of the file whatever the file claims; a decoder given a hostile file can cost hundreds
 * of MB (a 200 KB PNG text chunk that inflates to 600 MB, a 36-byte WebP that asks for a 6324x6324
 * raster), which is why nothing is decoded until this has been checked.
 *
 * @param width the width of the largest picture in the file (the screen or a frame, for a GIF)
 * @param height its height
 * @param decodingBytes what the decoder holds in memory while reading it, estimated from the header
 * @param content the file without metadata (EXIF, XMP, comments, text) and without anything after the
 *     format's end, which is what is decoded and stored
 */
record ImageStructure(int width, int height, long decodingBytes, byte[] content) {

    /** Walks a file whose first bytes said {@code format}; refuses it as corrupt if its structure is broken. */
    static ImageStructure walk(byte[] content, ImageUpload.Format format) {
        try {
            return switch (format) {
                case JPEG -> JpegStructure.walk(content);
                case PNG -> PngStructure.walk(content);
                case WEBP -> WebpStructure.walk(content);
                case GIF -> GifStructure.walk(content);
            };
        } catch (IndexOutOfBoundsException truncated) {
            throw corrupt();
        }
    }

    long pixels() {
        return (long) width * height;
    }

    static BusinessException corrupt() {
        return new BusinessException("upload.corrupt");
    }

    /** Copies {@code length} bytes from {@code start}, refusing a length that runs past the end. */
    static void copy(ByteArrayOutputStream out, byte[] b, int start, long length) {
        if (length < 0 || start + length > b.length) {
            throw corrupt();
        }
        out.write(b, start, (int) length);
    }

    static int u16be(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    static int u16le(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
    }

    static int u24le(byte[] b, int at) {
        return u16le(b, at) | ((b[at + 2] & 0xFF) << 16);
    }

    static long u32be(byte[] b, int at) {
        return ((long) u16be(b, at) << 16) | u16be(b, at + 2);
    }

    static long u32le(byte[] b, int at) {
        return u16le(b, at) | ((long) u16le(b, at + 2) << 16);
    }
}
