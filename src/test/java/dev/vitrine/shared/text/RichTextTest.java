package dev.vitrine.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

    @Test
    void keepsOrdinaryFormatting() {
        String html = "<h3>Title</h3><p>Some <strong>bold</strong> and <em>italic</em> text.</p>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quote</blockquote>"
                + "<table><tbody><tr><td>cell</td></tr></tbody></table>";
        assertEquals(html, RichText.sanitize(html));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<p onclick=\"alert(1)\">x</p>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<form action=\"/x\"><input name=a></form>",
                "<svg onload=alert(1)>",
                "<style>body{display:none}</style>",
                "<p style=\"position:fixed;top:0\">x</p>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
                "<object data=\"x.swf\"></object>"
            })
    void removesAnythingThatCouldRunOrRestyle(String attack) {
        String clean = RichText.sanitize(attack).toLowerCase(Locale.ROOT);
        for (String bad : new String[] {
            "<script",
            "onerror",
            "onclick",
            "javascript:",
            "<iframe",
            "<form",
            "<input",
            "<svg",
            "onload",
            "<style",
            "style=",
            "data:",
            "<object"
        }) {
            assertFalse(clean.contains(bad), () -> attack + " -> " + clean);
        }
    }

    @Test
    void linksKeepSafeProtocolsAndOpenNothingWithAccess() {
        String clean =
                RichText.sanitize("<a href=\"https://example.com/a\">a</a><a href=\"mailto:x@example.com\">m</a>");
        assertTrue(clean.contains("href=\"https://example.com/a\""), clean);
        assertTrue(
                clean.contains("href=\"mailto:x&#64;example.com\"") || clean.contains("href=\"mailto:x@example.com\""),
                clean);
        assertTrue(clean.contains("noopener") && clean.contains("noreferrer"), clean);
    }

    @Test
    void imagesOnlyFromTheSitesOwnMedia() {
        assertTrue(
                RichText.sanitize("<img src=\"/media/demo/a.png\" alt=\"a\">").contains("src=\"/media/demo/a.png\""));
        assertTrue(
                RichText.sanitize("<img src=\"/shop/media/demo/a.png\">").contains("src=\"/shop/media/demo/a.png\""));
        assertFalse(
                RichText.sanitize("<img src=\"https://tracker.example/p.gif\">").contains("tracker"));
        assertFalse(RichText.sanitize("<img src=\"/media/../WEB-INF/web.xml\">").contains("WEB-INF"));
    }

    @Test
    void nullStaysNull() {
        assertNull(RichText.sanitize(null));
    }

    /** Issue 25: pasted text with an element left open lost everything after it, without a word. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<iframe src=\"https://video.example/1\">",
                "<textarea>",
                "<noscript><style>",
                "<math><style>",
                "<script>",
                "<title>",
                "<plaintext>"
            })
    void anElementLeftOpenTakesNothingAfterItAndIsNamed(String open) {
        RichText.Cleaned cleaned = RichText.clean("<p>前面的文字</p>" + open + "<p>后面的<strong>重要</strong>文字</p>");
        assertEquals("<p>前面的文字</p><p>后面的<strong>重要</strong>文字</p>", cleaned.html());
        String first = open.substring(1, open.indexOf(open.contains(" ") ? ' ' : '>'));
        assertTrue(cleaned.removed().contains(first), cleaned.removed().toString());
    }

    @Test
    void aClosedElementThatCouldRunGoesWithWhatItHeldAndIsNamed() {
        RichText.Cleaned cleaned =
                RichText.clean("<p>a</p><style>p{display:none}</style><p onclick=\"x()\">b</p><iframe>c</iframe>d");
        assertEquals("<p>a</p><p>b</p>d", cleaned.html());
        assertEquals(Set.of("iframe", "onclick", "style"), cleaned.removed());
    }

    @Test
    void whatIsAllowedRemovesNothing() {
        assertEquals(
                Set.of(),
                RichText.clean("<p>Some <strong>bold</strong> text.</p>").removed());
    }
}
