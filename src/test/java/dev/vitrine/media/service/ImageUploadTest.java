package dev.vitrine.media.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vitrine.shared.BusinessException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
        ImageUpload.Format accepted = ImageUpload.check(encoded(format));
        assertEquals(format, accepted.extension);
    }

    @Test
    void acceptsWebp() {
        assertEquals(ImageUpload.Format.WEBP, ImageUpload.check(WEBP));
    }

    private static String refusal(byte[] content) {
        return assertThrows(BusinessException.class, () -> ImageUpload.check(content))
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
}
