package dev.vitrine.seo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Issue 20: a summary an editor typed markup into ran in feed readers that show RSS as HTML. */
class NewsFeedTest {

    private static final String SUMMARY = "Bass <svg onload=alert(1)> & <script>alert(2)</script> \"quoted\"";

    @Test
    void anRssReaderThatShowsTheDescriptionAsHtmlShowsTheSummaryAsText() throws Exception {
        String description = entryElement("rss_2.0", "item", "description").getTextContent();
        Document shown = Jsoup.parseBodyFragment(description);
        assertTrue(shown.select("svg, script").isEmpty(), description);
        assertEquals(SUMMARY, shown.body().text());
    }

    @Test
    void atomSaysItIsTextAndCarriesItAsItIs() throws Exception {
        Element summary = entryElement("atom_1.0", "entry", "summary");
        assertEquals("text", summary.getAttribute("type"));
        assertEquals(SUMMARY, summary.getTextContent());
    }

    /** Writes a feed of one entry with the summary as ROME writes ours, and reads the element back as XML. */
    private static Element entryElement(String type, String entryName, String name) throws Exception {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle("t");
        feed.setLink("https://shop.example/news");
        feed.setDescription("d");
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle("a");
        entry.setLink("https://shop.example/news/a");
        entry.setDescription(NewsFeedServlet.summary(SUMMARY, type.startsWith("atom")));
        feed.setEntries(List.of(entry));
        String xml = new SyndFeedOutput().outputString(feed);
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element item = (Element) doc.getElementsByTagName(entryName).item(0);
        return (Element) item.getElementsByTagName(name).item(0);
    }
}
