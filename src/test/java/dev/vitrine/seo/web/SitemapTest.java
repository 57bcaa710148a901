package dev.vitrine.seo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.seo.service.SitemapService.Entry;
import dev.vitrine.shared.Language;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class SitemapTest {

    private static final List<Entry> ENTRIES = List.of(
            new Entry("/", LocalDateTime.of(2026, 11, 30, 8, 15, 2, 297_500_000), Map.of()),
            new Entry("/products?category=amps&page=2", null, Map.of()),
            new Entry("/news/a", LocalDateTime.of(2026, 11, 1, 0, 0), Map.of()));

    @Test
    void upToTheLimitOneListWithLastChangesInUtcAndEscapedAddresses() throws Exception {
        assertEquals(1, Sitemap.parts(3, 50_000));
        StringWriter out = new StringWriter();
        Sitemap.writeUrls(out, "https://shop.example", ENTRIES, 1, 50_000);
        String xml = out.toString();
        assertTrue(
                xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                        + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"),
                xml);
        assertTrue(
                xml.contains("<url><loc>https://shop.example/</loc><lastmod>2026-11-30T08:15:02Z</lastmod></url>"),
                xml);
        assertTrue(xml.contains("<loc>https://shop.example/products?category=amps&amp;page=2</loc></url>"), xml);
        assertEquals(3, xml.split("<url>").length - 1);
    }

    @Test
    void aPageInThreeLanguagesIsListedInEachNamingAll() throws Exception {
        StringWriter out = new StringWriter();
        Sitemap.writeUrls(
                out,
                "https://shop.example",
                Entry.inEach(
                        Map.of(
                                Language.CHINESE,
                                "/news/a",
                                Language.ENGLISH,
                                "/en/news/a-en",
                                Language.RUSSIAN,
                                "/ru/news/a-ru"),
                        null),
                1,
                10);
        String xml = out.toString();
        for (String path : List.of("/news/a", "/en/news/a-en", "/ru/news/a-ru")) {
            String entry = xml.substring(xml.indexOf("<url><loc>https://shop.example" + path + "</loc>"));
            entry = entry.substring(0, entry.indexOf("</url>"));
            assertTrue(entry.contains("hreflang=\"zh-CN\" href=\"https://shop.example/news/a\""), entry);
            assertTrue(entry.contains("hreflang=\"en\" href=\"https://shop.example/en/news/a-en\""), entry);
            assertTrue(entry.contains("hreflang=\"ru\" href=\"https://shop.example/ru/news/a-ru\""), entry);
            assertTrue(entry.contains("hreflang=\"x-default\" href=\"https://shop.example/news/a\""), entry);
        }
        assertEquals(3, xml.split("<url>").length - 1);
    }

    @Test
    void aPageInOneLanguageHasNoAlternates() throws Exception {
        StringWriter out = new StringWriter();
        Sitemap.writeUrls(out, "https://shop.example", Entry.inEach(Map.of(Language.CHINESE, "/news/b"), null), 1, 10);
        assertTrue(out.toString().contains("<url><loc>https://shop.example/news/b</loc></url>"), out.toString());
    }

    @Test
    void whatItWritesFollowsTheProtocolsSchemaWhichRefusesRelativeAddresses() throws Exception {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SitemapTest.class.getResource("/schemas/sitemap.xsd"))
                .newValidator();
        StringWriter urls = new StringWriter();
        List<Entry> entries = new ArrayList<>(ENTRIES);
        entries.addAll(Entry.inEach(Map.of(Language.CHINESE, "/news/a", Language.ENGLISH, "/en/news/a"), null));
        Sitemap.writeUrls(urls, "https://shop.example", entries, 1, 50_000);
        validator.validate(new StreamSource(new StringReader(urls.toString())));
        StringWriter index = new StringWriter();
        Sitemap.writeIndex(index, "https://shop.example/sitemap.xml", 2);
        validator.validate(new StreamSource(new StringReader(index.toString())));

        StringWriter relative = new StringWriter();
        Sitemap.writeUrls(relative, "", ENTRIES, 1, 50_000);
        assertThrows(
                SAXException.class, () -> validator.validate(new StreamSource(new StringReader(relative.toString()))));
    }

    @Test
    void pastTheLimitAnIndexOfPartsEachHoldingTheirShare() throws Exception {
        assertEquals(2, Sitemap.parts(3, 2));
        assertEquals(1, Sitemap.parts(0, 2), "an empty site still has its one list");
        StringWriter index = new StringWriter();
        Sitemap.writeIndex(index, "https://shop.example/sitemap.xml", 2);
        assertTrue(index.toString().contains("<sitemap><loc>https://shop.example/sitemap.xml?part=2</loc></sitemap>"));
        assertFalse(index.toString().contains("part=3"));

        StringWriter second = new StringWriter();
        Sitemap.writeUrls(second, "https://shop.example", ENTRIES, 2, 2);
        assertTrue(second.toString().contains("/news/a"));
        assertFalse(second.toString().contains("category=amps"));
    }
}
