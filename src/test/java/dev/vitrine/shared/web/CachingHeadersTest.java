package dev.vitrine.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CachingHeadersTest {

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(CachingHeaders.matches("\"abc-1\"", "\"abc-1\""));
        assertTrue(CachingHeaders.matches("\"x\", W/\"abc-1\"", "\"abc-1\""));
        assertTrue(CachingHeaders.matches("*", "\"abc-1\""));
        assertFalse(CachingHeaders.matches("\"abc-2\"", "\"abc-1\""));
        assertFalse(CachingHeaders.matches(null, "\"abc-1\""));
    }

    @Test
    void gzipOnlyWhenTakenAndNotRefused() {
        assertTrue(CachingHeaders.acceptsGzip("gzip, deflate, br, zstd"));
        assertTrue(CachingHeaders.acceptsGzip("GZIP;q=0.5"));
        assertFalse(CachingHeaders.acceptsGzip("gzip;q=0"));
        assertFalse(CachingHeaders.acceptsGzip("identity"));
        assertFalse(CachingHeaders.acceptsGzip("x-gzip-ish"));
        assertFalse(CachingHeaders.acceptsGzip(null));
    }
}
