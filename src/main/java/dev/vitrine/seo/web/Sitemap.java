package dev.vitrine.seo.web;

import dev.vitrine.seo.service.SitemapService.Entry;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The sitemaps protocol (sitemaps.org), with each page's versions in other languages as {@code xhtml:link}
 * alternates: one {@code urlset} of up to {@value #LIMIT} addresses, or past that a
 * {@code sitemapindex} naming parts ({@code /sitemap.xml?part=1}, ...) of that many each.
 */
final class Sitemap {

    static final int LIMIT = 50_000;

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Sitemap() {}

    /** How many parts the entries need: 1 means a single urlset and no index. */
    static int parts(int entries, int limit) {
        return Math.max(1, (entries + limit - 1) / limit);
    }

    /** The index of {@code parts} parts, each at {@code sitemapUrl?part=n}. */
    static void writeIndex(Writer out, String sitemapUrl, int parts) throws XMLStreamException {
        XMLStreamWriter xml = start(out, "sitemapindex");
        for (int part = 1; part <= parts; part++) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", sitemapUrl + "?part=" + part);
            xml.writeEndElement();
        }
        end(xml);
    }

    /** Part {@code part} (from 1) of the entries, {@code limit} per part; paths are made absolute with {@code base}. */
    static void writeUrls(Writer out, String base, List<Entry> entries, int part, int limit) throws XMLStreamException {
        XMLStreamWriter xml = start(out, "urlset");
        xml.writeNamespace("xhtml", XHTML);
        int from = (part - 1) * limit;
        for (Entry entry : entries.subList(Math.min(from, entries.size()), Math.min(from + limit, entries.size()))) {
            xml.writeStartElement("url");
            element(xml, "loc", base + entry.path());
            if (entry.lastModified() != null) {
                element(
                        xml,
                        "lastmod",
                        entry.lastModified()
                                .truncatedTo(ChronoUnit.SECONDS)
                                .atOffset(ZoneOffset.UTC)
                                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            }
            for (Map.Entry<String, String> alternate : entry.alternates().entrySet()) {
                xml.writeEmptyElement("xhtml", "link", XHTML);
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("hreflang", alternate.getKey());
                xml.writeAttribute("href", base + alternate.getValue());
            }
            xml.writeEndElement();
        }
        end(xml);
    }

    private static XMLStreamWriter start(Writer out, String root) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement(root);
        xml.writeDefaultNamespace(NAMESPACE);
        return xml;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }
}
