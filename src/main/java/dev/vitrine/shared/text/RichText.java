package dev.vitrine.shared.text;

import dev.vitrine.shared.MediaPaths;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The allow-list for rich text (article bodies, product descriptions), applied when content is saved:
 * what an editor can format survives, anything that could run or restyle the page does not.
 */
public final class RichText {

    /** Images only from the site's own media store, under any context path. */
    private static final Pattern OWN_MEDIA = Pattern.compile("(/[A-Za-z0-9_-]+)*/media/" + MediaPaths.PATTERN);

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href", "title")
                    .onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("img")
                    .allowAttributes("src")
                    .matching(OWN_MEDIA)
                    .onElements("img")
                    .allowAttributes("alt", "title")
                    .onElements("img")
                    .allowAttributes("width", "height")
                    .matching(Pattern.compile("[0-9]{1,4}"))
                    .onElements("img")
                    .toFactory())
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "br", "pre", "code", "figure", "figcaption", "sub", "sup")
                    .toFactory());

    /**
     * Elements whose content the sanitizer reads as raw text up to their end tag: one left open would take the
     * rest of the text with it.
     */
    private static final Pattern RAW_TEXT_START = Pattern.compile(
            "<(script|style|iframe|textarea|noscript|xmp|noembed|noframes|title|plaintext)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    /** Rich text as it is kept, and the names of the elements and attributes cleaning took out. */
    public record Cleaned(String html, Set<String> removed) {}

    private RichText() {}

    /** The HTML with everything outside the allow-list removed; {@code null} stays {@code null}. */
    public static String sanitize(String html) {
        return html == null ? null : clean(html).html();
    }

    /** Cleans {@code html}, saying what it took out ("iframe", "onclick"...). */
    public static Cleaned clean(String html) {
        Set<String> removed = new TreeSet<>();
        String kept = POLICY.sanitize(
                withoutRawTextElements(html, removed),
                new HtmlChangeListener<Set<String>>() {
                    @Override
                    public void discardedTag(Set<String> names, String elementName) {
                        names.add(elementName);
                    }

                    @Override
                    public void discardedAttributes(Set<String> names, String tagName, String... attributeNames) {
                        names.addAll(Arrays.asList(attributeNames));
                    }
                },
                removed);
        return new Cleaned(kept, removed);
    }

    /**
     * Takes out the raw-text elements: with what they hold when they are closed, else only their start tag, so
     * that the text after one left open is kept.
     */
    private static String withoutRawTextElements(String html, Set<String> removed) {
        StringBuilder kept = new StringBuilder(html.length());
        Matcher start = RAW_TEXT_START.matcher(html);
        int from = 0;
        while (start.find(from)) {
            String name = start.group(1).toLowerCase(Locale.ROOT);
            removed.add(name);
            kept.append(html, from, start.start());
            Matcher end = Pattern.compile("</" + name + "\\s*>", Pattern.CASE_INSENSITIVE)
                    .matcher(html);
            from = end.find(start.end()) ? end.end() : start.end();
        }
        return kept.append(html, from, html.length()).toString();
    }
}
