package dev.vitrine.media.service;

import java.util.Objects;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * The bytes of a picture, in memory, for a decoder that may keep reading past their end.
 * TwelveMonkeys' lossless WebP decoder catches {@code EOFException} and goes on reading zero bits for
 * every pixel its header claims, so a 36-byte file claiming 25 million pixels kept a core busy for
 * minutes (and the one decoding turn with it). After {@value #READS_PAST_END} reads past the end this
 * throws an unchecked exception instead, which no decoder catches: the picture is refused as corrupt.
 */
final class PictureInputStream extends ImageInputStreamImpl {

    private static final int READS_PAST_END = 1024;

    private final byte[] bytes;
    private int readsPastEnd;

    PictureInputStream(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() {
        bitOffset = 0;
        if (streamPos >= bytes.length) {
            return pastEnd();
        }
        return bytes[(int) streamPos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        bitOffset = 0;
        if (len == 0) {
            return 0;
        }
        if (streamPos >= bytes.length) {
            return pastEnd();
        }
        int n = (int) Math.min(len, bytes.length - streamPos);
        System.arraycopy(bytes, (int) streamPos, b, off, n);
        streamPos += n;
        return n;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    private int pastEnd() {
        if (++readsPastEnd > READS_PAST_END) {
            throw new IllegalStateException("The decoder keeps reading past the end of the picture");
        }
        return -1;
    }
}
