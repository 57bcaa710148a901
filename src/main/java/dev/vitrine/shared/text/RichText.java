package dev.vitrine.shared.text;

import dev.vitrine.shared.MediaPaths;
import java.util.regex.Pattern;
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

    private RichText() {}

    /** The HTML with everything outside the allow-list removed; {@code null} stays {@code null}. */
    public static String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
