package dev.vitrine.shared.web;

import dev.vitrine.shared.ContentChange;
import jakarta.enterprise.context.RequestScoped;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * What the public page being rendered shows, as its backing beans tell it: the tags of what it shows (see
 * {@link ContentChange}), so that the page cache knows which edits refresh it, and the item whose views it
 * counts. The count itself is not rendered: the page carries {@link #VIEW_COUNT} where it goes, and each
 * request puts its own number there.
 */
@RequestScoped
public class RenderedPage {

    /**
     * Stands for the view count in rendered pages. Random per start, so no content can contain it; plain
     * letters and digits, so no output escapes it.
     */
    public static final String VIEW_COUNT = "vitrineviewcount" + randomHex();

    private static String randomHex() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private final Set<String> tags = new HashSet<>();
    private Object counted;
    private boolean keepable = true;

    /** The page shows what {@code tag} names. */
    public void shows(String tag) {
        tags.add(tag);
    }

    /**
     * The page counts the views of {@code item} and shows its count.
     *
     * @return what to render in place of the count
     */
    public String countsViewsOf(Object item) {
        counted = item;
        return VIEW_COUNT;
    }

    /** The page is made for this request alone (a form with its own token): never kept for others. */
    public void madeForThisRequest() {
        keepable = false;
    }

    public boolean isKeepable() {
        return keepable;
    }

    public Set<String> getTags() {
        return tags;
    }

    /** The item whose views this page counts, if any. */
    public Object getCounted() {
        return counted;
    }
}
