package dev.vitrine.pagecache.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The gzip encoding of a page whose parts are fixed and whose view count changes per request, compressed
 * once. Each fixed part is deflated once, ending on a full flush (byte-aligned, no reference back into
 * what came before), so a request only adds its count between them as a stored block, and the gzip header
 * and trailer (RFC 1951, 1952). Sending a cached page compressed costs a checksum, not a compression.
 */
final class GzipTemplate {

    /** Magic, deflate, no flags, no time, no extra flags, unknown system. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final List<byte[]> parts;
    private final byte[][] deflated;
    private final int deflatedLength;

    GzipTemplate(List<byte[]> parts) {
        this.parts = parts;
        this.deflated = new byte[parts.size()][];
        int length = 0;
        for (int i = 0; i < parts.size(); i++) {
            deflated[i] = deflate(parts.get(i), i == parts.size() - 1);
            length += deflated[i].length;
        }
        this.deflatedLength = length;
    }

    /** The whole gzip stream with {@code insert} between each two parts. */
    byte[] encode(byte[] insert) {
        int between = parts.size() - 1;
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(HEADER.length + deflatedLength + between * (5 + insert.length) + 8);
        out.writeBytes(HEADER);
        CRC32 crc = new CRC32();
        long size = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0 && insert.length > 0) {
                writeStoredBlock(out, insert);
                crc.update(insert);
                size += insert.length;
            }
            out.writeBytes(deflated[i]);
            crc.update(parts.get(i));
            size += parts.get(i).length;
        }
        writeIntLittleEndian(out, (int) crc.getValue());
        writeIntLittleEndian(out, (int) size);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] part, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(part);
            ByteArrayOutputStream out = new ByteArrayOutputStream(part.length / 3 + 64);
            byte[] buffer = new byte[8192];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int written;
                do {
                    written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                    out.write(buffer, 0, written);
                } while (written == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** A non-final stored block; the flushed part before it ended on a byte boundary. */
    private static void writeStoredBlock(ByteArrayOutputStream out, byte[] data) {
        out.write(0);
        out.write(data.length & 0xff);
        out.write((data.length >>> 8) & 0xff);
        out.write(~data.length & 0xff);
        out.write((~data.length >>> 8) & 0xff);
        out.writeBytes(data);
    }

    private static void writeIntLittleEndian(ByteArrayOutputStream out, int value) {
        for (int shift = 0; shift < 32; shift += 8) {
            out.write((value >>> shift) & 0xff);
        }
    }
}
