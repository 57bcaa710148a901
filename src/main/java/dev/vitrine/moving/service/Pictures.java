package dev.vitrine.moving.service;

import dev.vitrine.media.service.ImageUpload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The old site's pictures, by the address a page showed them at: read from a copy of its upload folder
 * ({@code wp-content/uploads}, {@code static/upload}, {@code uploads}) packed in the ZIP that holds the export.
 */
public interface Pictures {

    /** The picture shown at {@code address} on the old site, if the copy has it. */
    Optional<byte[]> read(String address);

    /** No copy of the pictures: every one is missing. */
    Pictures NONE = address -> Optional.empty();

    /** The pictures in a ZIP, found by the part of an address from its upload folder on. */
    static Pictures in(ZipFile zip) {
        Map<String, ZipEntry> byPath = new HashMap<>();
        zip.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> {
            String name = entry.getName().replace('\\', '/');
            int upload = name.indexOf("upload");
            if (upload >= 0) {
                byPath.putIfAbsent(name.substring(upload), entry);
            }
        });
        return address -> {
            String path = address.replaceFirst("[?#].*$", "");
            int upload = path.indexOf("upload");
            ZipEntry entry = upload < 0 ? null : byPath.get(path.substring(upload));
            if (entry == null) {
                return Optional.empty();
            }
            try (var in = zip.getInputStream(entry)) {
                // Past the limit of a picture it is refused as too large: no more is read (a ZIP may unpack to much).
                return Optional.of(in.readNBytes(ImageUpload.MAX_BYTES + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
