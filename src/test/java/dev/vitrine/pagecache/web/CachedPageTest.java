package dev.vitrine.pagecache.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CachedPageTest {

    private static final String MARKER = "countmarker0123";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String page(int size) {
        StringBuilder text = new StringBuilder("<html><body><p>点击:" + MARKER + "</p>");
        for (int i = 0; text.length() < size; i++) {
            text.append("<p>段落 ").append(i).append(" of the article, with some words.</p>");
        }
        return text.append("<footer>")
                .append(MARKER)
                .append("</footer></body></html>")
                .toString();
    }

    @Test
    void theCountGoesWhereTheMarkerWas() {
        CachedPage page = CachedPage.of(utf8(page(3000)), MARKER, "item", Set.of(), "text/html");
        String sent = new String(page.body(utf8("328")), StandardCharsets.UTF_8);
        assertTrue(sent.startsWith("<html><body><p>点击:328</p>"), sent);
        assertTrue(sent.endsWith("<footer>328</footer></body></html>"), sent);
        assertFalse(sent.contains(MARKER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "328", "20327", "9223372036854775807"})
    void gzipDecompressesToExactlyThePlainBytes(String count) throws IOException {
        CachedPage page = CachedPage.of(utf8(page(20_000)), MARKER, "item", Set.of(), "text/html");
        assertTrue(page.isCompressible());
        byte[] gzipped = page.gzip(utf8(count));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertArrayEquals(page.body(utf8(count)), in.readAllBytes());
        }
        assertTrue(gzipped.length < 20_000 / 4, "compressed: " + gzipped.length);
    }

    @Test
    void aPageWithoutACountIsCompressedToo() throws IOException {
        byte[] html = utf8(page(5000).replace(MARKER, "-"));
        CachedPage page = CachedPage.of(html, MARKER, null, Set.of(), "text/html");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzip(new byte[0])))) {
            assertArrayEquals(html, in.readAllBytes());
        }
    }

    @Test
    void smallAnswersAreNotCompressed() {
        assertFalse(CachedPage.of(utf8("<p>short</p>"), MARKER, null, Set.of(), "text/html")
                .isCompressible());
    }

    @Test
    void theEntityTagFollowsTheBytes() {
        CachedPage page = CachedPage.of(utf8(page(3000)), MARKER, "item", Set.of(), "text/html");
        CachedPage same = CachedPage.of(utf8(page(3000)), MARKER, "item", Set.of(), "text/html");
        CachedPage other =
                CachedPage.of(utf8(page(3000).replace("段落 1 ", "段落 X ")), MARKER, "item", Set.of(), "text/html");
        assertEquals(page.etag("328", false), same.etag("328", false));
        assertNotEquals(page.etag("328", false), page.etag("329", false), "another count");
        assertNotEquals(page.etag("328", false), page.etag("328", true), "another encoding");
        assertNotEquals(page.etag("328", false), other.etag("328", false), "another page");
    }

    @Test
    void aPageIsDroppedForWhatItShows() {
        CachedPage page = CachedPage.of(utf8("x"), MARKER, null, Set.of("ARTICLE:7", "list:ARTICLE"), "text/html");
        assertTrue(page.showsAnyOf(Set.of("ARTICLE:7")));
        assertTrue(page.showsAnyOf(Set.of("PRODUCT:1", "list:ARTICLE")));
        assertFalse(page.showsAnyOf(Set.of("ARTICLE:70", "list:PRODUCT")));
    }
}
