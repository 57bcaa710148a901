package dev.vitrine.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * The site's own stylesheets and pictures ({@code webapp/static}), read once at start, each with a
 * fingerprint of its content: pages link {@code /static/site.<fingerprint>.css}, which never changes and
 * is cached for a year, so a new release is fetched at once. Text files are gzip-compressed once.
 */
@Named
@ApplicationScoped
public class Assets {

    static final String FOLDER = "/static/";

    /** One file, as sent. */
    record Asset(byte[] bytes, byte[] gzipped, String contentType, String fingerprint) {

        String etag(boolean gzip) {
            return "\"" + fingerprint + (gzip ? "-gz" : "") + "\"";
        }
    }

    private static final Set<String> TEXT = Set.of("text/css", "image/svg+xml", "text/javascript");
    private static final int COMPRESS_FROM = 1024;

    @Inject
    private ServletContext context;

    private final Map<String, Asset> byName = new HashMap<>();
    private final Map<String, Asset> byFingerprintedName = new HashMap<>();

    @PostConstruct
    void load() {
        Set<String> paths = context.getResourcePaths(FOLDER);
        for (String path : paths == null ? Set.<String>of() : paths) {
            if (path.endsWith("/")) {
                continue;
            }
            String name = path.substring(FOLDER.length());
            byte[] bytes = read(path);
            String type = Optional.ofNullable(context.getMimeType(name)).orElse("application/octet-stream");
            Asset asset = new Asset(
                    bytes,
                    TEXT.contains(type) && bytes.length >= COMPRESS_FROM ? gzip(bytes) : null,
                    type.startsWith("text/") ? type + ";charset=UTF-8" : type,
                    fingerprint(bytes));
            byName.put(name, asset);
            byFingerprintedName.put(fingerprinted(name, asset.fingerprint()), asset);
        }
    }

    /** The address of a file of {@code webapp/static} that can be cached for good; in EL {@code #{assets.url('site.css')}}. */
    public String url(String name) {
        Asset asset = byName.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("No such file in " + FOLDER + ": " + name);
        }
        return context.getContextPath() + FOLDER + fingerprinted(name, asset.fingerprint());
    }

    /** The content of a file of {@code webapp/static}. */
    public byte[] content(String name) {
        return byName.get(name).bytes().clone();
    }

    /** The fingerprint of a file of {@code webapp/static}: it changes with the content. */
    public String fingerprintOf(String name) {
        return byName.get(name).fingerprint();
    }

    /** The file named so, and whether the name was fingerprinted (so it may be cached for good). */
    Optional<Map.Entry<Asset, Boolean>> find(String name) {
        Asset fingerprinted = byFingerprintedName.get(name);
        if (fingerprinted != null) {
            return Optional.of(Map.entry(fingerprinted, true));
        }
        return Optional.ofNullable(byName.get(name)).map(asset -> Map.entry(asset, false));
    }

    static String fingerprinted(String name, String fingerprint) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name + "." + fingerprint : name.substring(0, dot) + "." + fingerprint + name.substring(dot);
    }

    private byte[] read(String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes gzip-compressed. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
