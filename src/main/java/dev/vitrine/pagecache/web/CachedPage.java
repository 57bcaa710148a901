package dev.vitrine.pagecache.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A rendered public page as the cache keeps it: its bytes, cut where the view count goes, its gzip
 * encoding made once, what it shows (tags) and the item whose views it counts.
 */
final class CachedPage {

    /** Smaller answers are sent as they are: compressing them saves less than it costs. */
    static final int COMPRESS_FROM = 1024;

    /**
     * What an entry costs besides its bytes and their gzip encoding (counted as much as the bytes, an upper
     * bound), so that the cache is bounded in entries too.
     */
    static final int OVERHEAD = 2048;

    private final List<byte[]> parts;
    private final int length;
    private final Object counted;
    private final Set<String> tags;
    private final String contentType;
    private final String version;
    /** Made when first asked for: a page rendered for one request (cache off) may never need it. */
    private volatile GzipTemplate gzip;

    private CachedPage(List<byte[]> parts, Object counted, Set<String> tags, String contentType) {
        this.parts = parts;
        this.length = parts.stream().mapToInt(part -> part.length).sum();
        this.counted = counted;
        this.tags = Set.copyOf(tags);
        this.contentType = contentType;
        this.version = digest(parts);
    }

    /**
     * @param body the rendered bytes, with {@code countMarker} where the view count goes
     * @param counted the item whose count the page shows, or null
     */
    static CachedPage of(byte[] body, String countMarker, Object counted, Set<String> tags, String contentType) {
        return new CachedPage(split(body, countMarker), counted, tags, contentType);
    }

    /** The page's bytes with {@code count} in place. */
    byte[] body(byte[] count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + (parts.size() - 1) * count.length);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.writeBytes(count);
            }
            out.writeBytes(parts.get(i));
        }
        return out.toByteArray();
    }

    boolean isCompressible() {
        return length >= COMPRESS_FROM;
    }

    /** The page gzip-encoded with {@code count} in place; only if {@link #isCompressible()}. */
    byte[] gzip(byte[] count) {
        GzipTemplate template = gzip;
        if (template == null) {
            template = new GzipTemplate(parts);
            gzip = template;
        }
        return template.encode(count);
    }

    /**
     * The entity tag of the bytes sent: the same exactly when the page and the count are, and different for
     * each encoding.
     */
    String etag(String count, boolean gzipped) {
        return "\"" + version + (count == null ? "" : "-" + count) + (gzipped ? "-gz" : "") + "\"";
    }

    Object counted() {
        return counted;
    }

    boolean showsAnyOf(Set<String> changed) {
        return !Collections.disjoint(tags, changed);
    }

    String contentType() {
        return contentType;
    }

    int weight() {
        return OVERHEAD + 2 * length;
    }

    private static List<byte[]> split(byte[] body, String marker) {
        // One byte per char: the ASCII marker is found where it is in the bytes.
        String bytes = new String(body, StandardCharsets.ISO_8859_1);
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, start)) {
            parts.add(Arrays.copyOfRange(body, start, at));
            start = at + marker.length();
        }
        parts.add(Arrays.copyOfRange(body, start, body.length));
        return List.copyOf(parts);
    }

    private static String digest(List<byte[]> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha.update(part);
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
