package dev.vitrine.moving.service;

import dev.vitrine.media.service.ImageUpload;
import dev.vitrine.media.service.RemotePictures;
import dev.vitrine.shared.BusinessException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The old site's pictures, by the address a page showed them at: read from a copy of its upload folder
 * ({@code wp-content/uploads}, {@code static/upload}, {@code uploads}), or of the whole site, packed in the ZIP that
 * holds the export.
 */
public interface Pictures {

    /** The picture shown at {@code address} on the old site, if the copy has it. */
    Optional<byte[]> read(String address);

    /** No copy of the pictures: every one is missing. */
    Pictures NONE = address -> Optional.empty();

    /**
     * These pictures, and those they lack fetched from the old site while it is still online (by their own web
     * address, or the old site's address before their path), through the checks of pictures pasted by staff. A
     * picture fetched is kept in {@code folder}, so that the run after a plan doesn't fetch it again.
     *
     * @param origin the old site's address ({@code https://old.example.com}), or empty if not known
     */
    default Pictures orFetchedFrom(String origin, RemotePictures remote, Path folder) {
        Pictures copy = this;
        return new Pictures() {
            @Override
            public Optional<byte[]> read(String address) {
                Optional<byte[]> copied = copy.read(address);
                String web = webAddress(address);
                if (copied.isPresent() || web == null) {
                    return copied;
                }
                try {
                    Path kept = folder.resolve(HexFormat.of()
                            .formatHex(
                                    MessageDigest.getInstance("SHA-256").digest(web.getBytes(StandardCharsets.UTF_8))));
                    if (Files.exists(kept)) {
                        return Optional.of(Files.readAllBytes(kept));
                    }
                    byte[] fetched = remote.fetch(web); // or a BusinessException that says why not
                    Files.createDirectories(folder);
                    Files.write(kept, fetched);
                    return Optional.of(fetched);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
                }
            }

            @Override
            public Optional<byte[]> copied(String address) {
                return copy.read(address);
            }

            @Override
            public boolean fetches(String address) {
                return webAddress(address) != null;
            }

            private String webAddress(String address) {
                if (address.matches("(?i)https?://.+")) {
                    return address;
                }
                return !origin.isEmpty() && address.startsWith("/") && !address.startsWith("//")
                        ? origin + address
                        : null;
            }
        };
    }

    /** The picture if the copy has it, without fetching it (what a plan looks at: fetching is for the run). */
    default Optional<byte[]> copied(String address) {
        return read(address);
    }

    /** Whether a picture the copy lacks would be fetched from the old site. */
    default boolean fetches(String address) {
        return false;
    }

    /**
     * The pictures in a ZIP, found by the end of their address: {@code /static/upload/image/x.png} is the ZIP's
     * {@code site/static/upload/image/x.png}, or its {@code upload/image/x.png} when the upload folder alone was
     * packed. The longest match wins; a file name alone is not enough.
     */
    static Pictures in(ZipFile zip) {
        Map<String, ZipEntry> bySuffix = new HashMap<>();
        zip.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> {
            for (String suffix : suffixes(entry.getName().replace('\\', '/'))) {
                bySuffix.putIfAbsent(suffix, entry);
            }
        });
        return address -> {
            String path = address.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("[?#].*$", "");
            ZipEntry entry = suffixes(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).stream()
                    .map(bySuffix::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            if (entry == null) {
                return Optional.empty();
            }
            try (var in = zip.getInputStream(entry)) {
                // Past the limit of a picture it is refused as too large: no more is read (a ZIP may unpack to much).
                return Optional.of(in.readNBytes(ImageUpload.MAX_BYTES + 1));
            } catch (IOException damaged) { // refused and listed, as a picture that fails the checks: the rest comes
                throw new BusinessException("moving.pictureDamaged", address);
            }
        };
    }

    /** A path's ends of two folders' depth or more, the longest first: {@code a/b/c.png}, {@code b/c.png}. */
    private static List<String> suffixes(String path) {
        List<String> suffixes = new ArrayList<>();
        String rest = path.replaceFirst("^/+", "");
        while (rest.indexOf('/') > 0) {
            suffixes.add(rest);
            rest = rest.substring(rest.indexOf('/') + 1);
        }
        return suffixes;
    }
}
