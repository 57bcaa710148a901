package dev.vitrine.media.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.BusinessException;
import dev.vitrine.testing.TestImages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files made to hurt the server: small ones that make a decoder allocate hundreds of MB, and pictures
 * carrying metadata or a script. Memory is measured as what this thread allocated
 * ({@code ThreadMXBean}), which before the structure walk was 631 MB for the PNG and 166 MB for the WebP.
 */
class HostileImagesTest {

    private static final long MB = 1024 * 1024;

    /** What running {@code action} allocated on this thread, in bytes. */
    static long allocatedBy(Runnable action) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static String refusal(byte[] content) {
        return assertThrows(BusinessException.class, () -> ImageUpload.accept(content))
                .getMessageKey();
    }

    private static byte[] deflatedZeros(long megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(out, new Deflater(9))) {
            byte[] zeros = new byte[(int) MB];
            for (int i = 0; i < megabytes; i++) {
                deflated.write(zeros);
            }
        }
        return out.toByteArray();
    }

    /** A 30x20 PNG with one more chunk after IHDR. */
    private static byte[] pngWith(String type, byte[] data) throws IOException {
        byte[] png = ImageUploadTest.encoded("png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature and IHDR
        TestImages.pngChunk(out, type, data);
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zTXt", "iTXt"})
    void aCompressedTextChunkIsDroppedWithoutBeingInflated(String type) throws IOException {
        // keyword, NUL, then zTXt: method 0; iTXt: compressed, method 0, no language, no translated keyword
        byte[] header = type.equals("zTXt") ? ascii("Comment\0\0") : ascii("Comment\0\1\0\0\0");
        byte[] bomb = pngWith(type, concat(header, deflatedZeros(300))); // 300 MB of text in ~300 KB
        assertTrue(bomb.length < 1_000_000, "a small file: " + bomb.length);
        ImageUpload.Accepted[] accepted = new ImageUpload.Accepted[1];
        long allocated = allocatedBy(() -> accepted[0] = ImageUpload.accept(bomb));
        assertTrue(allocated < 32 * MB, "the text is never inflated: " + allocated / MB + " MB allocated");
        assertFalse(new String(accepted[0].content(), StandardCharsets.ISO_8859_1).contains("Comment"));
        assertEquals(
                30,
                ImageIO.read(new ByteArrayInputStream(accepted[0].content())).getWidth());
    }

    @Test
    void aColourProfileThatInflatesPastTheBoundIsRefused() throws IOException {
        byte[] bomb = pngWith("iCCP", concat(ascii("icc\0\0"), deflatedZeros(200)));
        long allocated = allocatedBy(() -> assertEquals("upload.profileTooLarge", refusal(bomb)));
        assertTrue(allocated < 16 * MB, allocated / MB + " MB allocated");
    }

    /** A WebP holding one VP8L bitstream that claims width x height and has almost no data. */
    static byte[] losslessWebpHeader(int width, int height) {
        ByteBuffer webp = ByteBuffer.allocate(36).order(ByteOrder.LITTLE_ENDIAN);
        webp.put(ascii("RIFF")).putInt(28).put(ascii("WEBP")).put(ascii("VP8L")).putInt(16);
        webp.put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14); // signature, 14-bit sizes
        return webp.array(); // 11 zero bytes of "image data" follow
    }

    /** A WebP holding a VP8 key frame header that claims width x height and has no coefficients. */
    static byte[] lossyWebpHeader(int width, int height) {
        ByteBuffer webp = ByteBuffer.allocate(20 + 1000).order(ByteOrder.LITTLE_ENDIAN);
        webp.put(ascii("RIFF"))
                .putInt(12 + 1000)
                .put(ascii("WEBP"))
                .put(ascii("VP8 "))
                .putInt(1000);
        int tag = 1 << 4 | 900 << 5; // key frame, shown, first partition of 900 bytes
        webp.put((byte) tag).put((byte) (tag >> 8)).put((byte) (tag >> 16));
        webp.put(new byte[] {(byte) 0x9D, 0x01, 0x2A}).putShort((short) width).putShort((short) height);
        return webp.array();
    }

    @Test
    void aTinyWebpClaimingAHugeSizeIsRefusedBeforeDecoding() {
        byte[] lossless = losslessWebpHeader(6324, 6324); // 40 million pixels: within the pixel limit
        assertEquals(36, lossless.length);
        long allocated = allocatedBy(() -> assertEquals("upload.tooLargeToDecode", refusal(lossless)));
        assertTrue(allocated < 4 * MB, "refused from the header: " + allocated / MB + " MB allocated");
        long lossy = allocatedBy(() -> assertEquals("upload.tooLargeToDecode", refusal(lossyWebpHeader(4000, 3000))));
        assertTrue(lossy < 4 * MB, "refused from the header: " + lossy / MB + " MB allocated");
    }

    @Test
    void aTruncatedLosslessWebpIsRefusedRatherThanDecodedFromNothing() {
        // Within the budget, but its data ends long before its 16 million pixels. TwelveMonkeys reads
        // zero bits past the end and returned a picture of them, minutes later, before the reads were bounded.
        assertEquals("upload.corrupt", refusal(losslessWebpHeader(4000, 4000)));
    }

    /**
     * The estimates the budget is checked against hold for what TwelveMonkeys really allocates, just
     * within the budget (the decoders read the missing data as zeros or fail, after allocating).
     */
    @Test
    void webpDecodersAllocateNoMoreThanTheBudgetAllowsThem() {
        for (byte[] webp : new byte[][] {losslessWebpHeader(5000, 5000), lossyWebpHeader(3000, 2000)}) {
            ImageStructure structure = ImageStructure.walk(webp, ImageUpload.Format.WEBP);
            assertTrue(structure.decodingBytes() <= ImageUpload.DECODING_BUDGET, "within the budget");
            long allocated = allocatedBy(() -> decodeOrRefuse(webp));
            assertTrue(
                    allocated < structure.decodingBytes() + 8 * MB,
                    allocated / MB + " MB allocated, " + structure.decodingBytes() / MB + " MB estimated");
        }
    }

    private static void decodeOrRefuse(byte[] content) {
        try {
            ImageUpload.decodeSmall(content, ImageUpload.Format.WEBP);
        } catch (BusinessException refused) {
            // only the allocation is measured here
        }
    }

    @Test
    void aProgressiveJpegWhoseCoefficientsWouldNotFitIsRefused() {
        // SOI, SOF2 (progressive) of 8000x4900 in three full-resolution components, one scan, EOI
        ByteBuffer jpeg = ByteBuffer.allocate(2 + 19 + 14 + 4 + 2);
        jpeg.put(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC2, 0, 17, 8});
        jpeg.putShort((short) 4900).putShort((short) 8000).put((byte) 3);
        jpeg.put(new byte[] {1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1});
        jpeg.put(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0});
        jpeg.put(new byte[] {1, 2, 3, 4, (byte) 0xFF, (byte) 0xD9});
        long allocated = allocatedBy(() -> assertEquals("upload.tooLargeToDecode", refusal(jpeg.array())));
        assertTrue(allocated < 4 * MB, allocated / MB + " MB allocated");
    }

    /** A GIF with a comment and an XMP packet giving a position, and a looping block (which stays). */
    private static byte[] gifWithMetadata() throws IOException {
        byte[] gif = ImageUploadTest.encoded("gif");
        byte[] comment = ascii("taken at 23.1291 N 113.2644 E");
        byte[] xmp = ascii(
                "<x:xmpmeta xmlns:x='adobe:ns:meta/'><exif:GPSLatitude>23,7.746N</exif:GPSLatitude>" + "</x:xmpmeta>");
        ByteArrayOutputStream extensions = new ByteArrayOutputStream();
        extensions.write(new byte[] {0x21, (byte) 0xFE, (byte) comment.length});
        extensions.write(comment);
        extensions.write(0);
        extensions.write(new byte[] {0x21, (byte) 0xFF, 11});
        extensions.write(ascii("XMP DataXMP"));
        extensions.write(xmp); // XMP is written raw; the "magic trailer" makes its bytes walk as sub-blocks
        extensions.write(1);
        for (int b = 0xFF; b >= 0; b--) {
            extensions.write(b);
        }
        extensions.write(0);
        extensions.write(new byte[] {0x21, (byte) 0xFF, 11});
        extensions.write(ascii("NETSCAPE2.0"));
        extensions.write(new byte[] {3, 1, 0, 0, 0});
        return concat(Arrays.copyOf(gif, gif.length - 1), extensions.toByteArray(), new byte[] {0x3B});
    }

    @Test
    void gifCommentsAndXmpAreNotStored() throws IOException {
        byte[] stored = ImageUpload.accept(gifWithMetadata()).content();
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("23.1291") || text.contains("GPS") || text.contains("XMP"), "no position");
        assertTrue(text.contains("NETSCAPE2.0"), "still loops");
        assertEquals(30, ImageIO.read(new ByteArrayInputStream(stored)).getWidth());
    }

    @Test
    void everyGifFrameCountsForThePixelLimit() throws IOException {
        byte[] gif = ImageUploadTest.encoded("gif");
        // a second frame of 65535 x 65535: descriptor, no colour table, LZW code size 2, no data
        byte[] frame = {0x2C, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 2, 0};
        assertEquals(
                "upload.tooManyPixels", refusal(concat(Arrays.copyOf(gif, gif.length - 1), frame, new byte[] {0x3B})));
    }

    @Test
    void webpExifAndXmpChunksAreNotStored() {
        // VP8X with the EXIF and XMP flags, a 1x1 canvas, the 1x1 lossless bitstream, then EXIF and XMP
        byte[] bitstream = Arrays.copyOfRange(ImageUploadTest.WEBP, 12, 12 + 8 + 14);
        byte[] exif = ascii("EXIF\u0008\0\0\0GPS 23.1");
        byte[] xmp = ascii("XMP \u0008\0\0\0GPS 23.1");
        byte[] vp8x = {'V', 'P', '8', 'X', 10, 0, 0, 0, 0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] chunks = concat(vp8x, bitstream, exif, xmp);
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt(4 + chunks.length).put(ascii("WEBP"));
        byte[] stored = ImageUpload.accept(concat(header.array(), chunks)).content();
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("GPS"));
        assertEquals(0, stored[12 + 8] & 0x0C, "the flags say there is no EXIF or XMP");
        assertEquals(
                stored.length - 8,
                ByteBuffer.wrap(stored, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    private static final byte[] SCRIPT = ascii("<% out.println(\"pwned\"); %><html><script>alert(1)</script></html>");

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "gif", "webp"})
    void nothingAfterThePicturesEndIsStored(String format) throws IOException {
        byte[] picture = format.equals("webp") ? ImageUploadTest.WEBP : ImageUploadTest.encoded(format);
        byte[] clean = ImageUpload.accept(picture).content();
        byte[] stored = ImageUpload.accept(concat(picture, SCRIPT)).content();
        assertArrayEquals(clean, stored, "the same bytes as without the script");
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("pwned"));
        Supplier<byte[]> end = () -> Arrays.copyOfRange(stored, stored.length - 2, stored.length);
        switch (format) {
            case "jpg" -> assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD9}, end.get(), "ends at EOI");
            case "png" ->
                assertEquals(
                        "IEND", new String(stored, stored.length - 8, 4, StandardCharsets.ISO_8859_1), "ends at IEND");
            case "gif" -> assertEquals(0x3B, stored[stored.length - 1], "ends at the trailer");
            default ->
                assertEquals(
                        stored.length - 8,
                        ByteBuffer.wrap(stored, 4, 4)
                                .order(ByteOrder.LITTLE_ENDIAN)
                                .getInt(),
                        "ends where the RIFF size says");
        }
    }

    @Test
    void aLargePngIsDecodedWithinTheBudget() throws IOException {
        byte[] big = TestImages.pngOfZeros(6_000, 4_000); // 24 megapixels
        long allocated = allocatedBy(() -> ImageUpload.decodeSmall(big, ImageUpload.Format.PNG));
        assertTrue(allocated < 16 * MB, allocated / MB + " MB allocated");
    }
}
