package dev.vitrine.moving.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vitrine.shared.BusinessException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PicturesTest {

    @TempDir
    Path folder;

    private ZipFile zip(Map<String, String> files) throws IOException {
        Path file = folder.resolve("site.zip");
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return new ZipFile(file.toFile());
    }

    private static String read(Pictures pictures, String address) {
        return pictures.read(address)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElse(null);
    }

    @Test
    void aPictureIsFoundByTheEndOfItsAddressInAWholeSiteOrInItsUploadFolderAlone() throws IOException {
        try (ZipFile zip = zip(Map.of(
                "www/static/upload/image/20180412/a.png", "a",
                "uploads/2024/03/电瓶.png", "b",
                "www/static/images/logo.png", "logo",
                "www/template/default/images/logo.png", "another logo"))) {
            Pictures pictures = Pictures.in(zip);
            assertEquals("a", read(pictures, "/static/upload/image/20180412/a.png"));
            assertEquals(
                    "b",
                    read(pictures, "https://old.example/wp-content/uploads/2024/03/%E7%94%B5%E7%93%B6.png?w=300"),
                    "the upload folder alone, an address percent-encoded");
            assertEquals("logo", read(pictures, "/static/images/logo.png"), "the longest match");
            assertEquals(Optional.empty(), pictures.read("/static/upload/image/20180412/missing.png"));
            assertEquals(Optional.empty(), pictures.read("/logo.png"), "a file name alone is not enough");
        }
    }

    @Test
    void aPictureDamagedInTheZipIsRefusedWithItsAddressNotTheWholeImport() throws IOException {
        try (ZipFile made = zip(Map.of("www/static/upload/image/bad.png", "x".repeat(1000)))) {
            assertEquals(
                    ZipEntry.DEFLATED,
                    made.getEntry("www/static/upload/image/bad.png").getMethod());
        }
        // The entry's compressed data starts after its local header (30 bytes), name and extra field; a first byte
        // of 0xFF asks for a reserved block type, which no inflater accepts.
        Path file = folder.resolve("site.zip");
        byte[] bytes = Files.readAllBytes(file);
        int nameLength = (bytes[26] & 0xFF) | (bytes[27] & 0xFF) << 8;
        int extraLength = (bytes[28] & 0xFF) | (bytes[29] & 0xFF) << 8;
        bytes[30 + nameLength + extraLength] = (byte) 0xFF;
        Files.write(file, bytes);

        try (ZipFile damaged = new ZipFile(file.toFile())) {
            BusinessException refused = assertThrows(
                    BusinessException.class, () -> Pictures.in(damaged).read("/static/upload/image/bad.png"));
            assertEquals("moving.pictureDamaged", refused.getMessageKey());
            assertArrayEquals(new Object[] {"/static/upload/image/bad.png"}, refused.getArguments());
        }
    }
}
