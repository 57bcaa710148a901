package dev.vitrine.media.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.BusinessException;
import dev.vitrine.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageUploadTest {

    /** A 1x1 lossless WebP (the JDK can't write WebP, so the bytes are spelled out). */
    static final byte[] WEBP =
            HexFormat.of().parseHex("524946461a000000574542505650384c0d0000002f0000001007101111888808fe0700");

    static byte[] encoded(String format) throws IOException {
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "gif"})
    void acceptsRealImages(String format) throws IOException {
        ImageUpload.Accepted accepted = ImageUpload.accept(encoded(format));
        assertEquals(format, accepted.format().extension);
    }

    @Test
    void acceptsWebp() {
        assertEquals(ImageUpload.Format.WEBP, ImageUpload.accept(WEBP).format());
    }

    private static String refusal(byte[] content) {
        return assertThrows(BusinessException.class, () -> ImageUpload.accept(content))
                .getMessageKey();
    }

    @Test
    void refusesWhatIsNotAnImage() throws IOException {
        assertEquals(
                "upload.notAnImage",
                refusal("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "upload.notAnImage",
                refusal("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("upload.notAnImage", refusal("<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write(1);
        }
        assertEquals("upload.notAnImage", refusal(zip.toByteArray()));
    }

    @Test
    void refusesFilesWhoseContentDoesNotMatchTheirHeader() throws IOException {
        byte[] png = encoded("png");
        byte[] truncated = Arrays.copyOf(png, 20);
        assertEquals("upload.corrupt", refusal(truncated));
        byte[] scriptAfterPngSignature = Arrays.copyOf(png, 8 + 30);
        System.arraycopy(
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), 0, scriptAfterPngSignature, 8, 25);
        assertEquals("upload.corrupt", refusal(scriptAfterPngSignature));
    }

    @Test
    void refusesEmptyAndOversizedFiles() throws IOException {
        assertEquals("upload.empty", refusal(new byte[0]));
        byte[] huge = Arrays.copyOf(encoded("png"), ImageUpload.MAX_BYTES + 1);
        assertEquals("upload.tooLarge", refusal(huge));
    }

    @Test
    void thumbnailsFitTheBoxAsJpeg() throws IOException {
        BufferedImage wide = new BufferedImage(1200, 600, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(wide, "png", out);
        BufferedImage thumb = ImageIO.read(
                new ByteArrayInputStream(ImageUpload.thumbnail(out.toByteArray(), ImageUpload.Format.PNG)));
        assertEquals(ImageUpload.THUMBNAIL_SIZE, thumb.getWidth());
        assertEquals(ImageUpload.THUMBNAIL_SIZE / 2, thumb.getHeight());
        assertEquals(
                ImageUpload.Format.JPEG,
                ImageUpload.sniff(ImageUpload.thumbnail(out.toByteArray(), ImageUpload.Format.PNG)));
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAtOnce() throws IOException {
        byte[] bomb = TestImages.pngOfZeros(20_000, 20_000);
        assertTrue(bomb.length < 1_000_000, "a small file: " + bomb.length);
        long allocated = HostileImagesTest.allocatedBy(() -> assertEquals("upload.tooManyPixels", refusal(bomb)));
        assertTrue(allocated < 4 * 1024 * 1024, "refused without decoding: " + allocated + " bytes allocated");
    }

    @Test
    void aLargePictureWithinTheLimitIsDecodedSmall() throws IOException {
        byte[] big = TestImages.pngOfZeros(6_000, 4_000); // 24 megapixels: 96 MB if decoded whole in colour
        BufferedImage decoded = ImageUpload.decodeSmall(big, ImageUpload.Format.PNG);
        assertTrue(decoded.getWidth() <= 1024 && decoded.getHeight() <= 1024, decoded.toString());
    }

    /** A JPEG with an EXIF block holding a GPS tag and the orientation, and a comment. */
    static byte[] jpegWithExif(int orientation) throws IOException {
        byte[] plain = encoded("jpg");
        ByteBuffer exif = ByteBuffer.allocate(4 + 6 + 8 + 2 + 24 + 4);
        exif.put(new byte[] {(byte) 0xFF, (byte) 0xE1}).putShort((short) (exif.capacity() - 2));
        exif.put(new byte[] {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42}).putInt(8);
        exif.putShort((short) 2);
        exif.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        exif.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(0x47505321); // GPS directory pointer
        exif.putInt(0);
        byte[] comment = "GPS 23.1291 N 113.2644 E".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(exif.array());
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (comment.length + 2)});
        out.write(comment);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    @Test
    void storedPicturesKeepNoMetadataButTheirOrientation() throws IOException {
        ImageUpload.Accepted upright = ImageUpload.accept(jpegWithExif(1));
        String stored = new String(upright.content(), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("Exif"), "no EXIF at all when upright");
        assertFalse(stored.contains("GPS"), "no comment");
        assertTrue(ImageIO.read(new ByteArrayInputStream(upright.content())).getWidth() == 30, "still the picture");

        ImageUpload.Accepted turned = ImageUpload.accept(jpegWithExif(6));
        assertEquals(6, ImageMetadata.jpegOrientation(turned.content()), "the orientation is kept");
        assertFalse(new String(turned.content(), StandardCharsets.ISO_8859_1).contains("GPS"));
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(turned.thumbnail()));
        assertEquals(20, thumbnail.getWidth(), "the thumbnail is turned upright (30x20 stored, shown 20x30)");
        assertEquals(30, thumbnail.getHeight());
    }

    @Test
    void pngTextChunksAreRemoved() throws IOException {
        byte[] png = encoded("png");
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(png, 0, 33); // signature and IHDR
        TestImages.pngChunk(withText, "tEXt", "Comment\0taken at 23.1291 N".getBytes(StandardCharsets.ISO_8859_1));
        withText.write(png, 33, png.length - 33);
        byte[] stored = ImageUpload.accept(withText.toByteArray()).content();
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("taken at"));
        assertEquals(30, ImageIO.read(new ByteArrayInputStream(stored)).getWidth());
    }
}
