package dev.vitrine.shared.web;

import java.util.Locale;

/** The request headers of HTTP caching and compression, read the same way for pages and files. */
public final class CachingHeaders {

    private CachingHeaders() {}

    /** Whether {@code If-None-Match} names the entity tag (the weak comparison RFC 9110 asks for there). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code Accept-Encoding} takes gzip (and does not refuse it with {@code q=0}). */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equals("gzip") || parts[0].trim().equals("*")) {
                return parts.length < 2 || !parts[1].trim().matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
