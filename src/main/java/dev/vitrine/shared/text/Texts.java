package dev.vitrine.shared.text;

import java.util.List;
import java.util.Map;

/** Small rules for the text staff type into optional fields. */
public final class Texts {

    private Texts() {}

    /** An optional field as stored: without surrounding spaces, and nothing at all when it is blank. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Texts by language as stored: each stripped, and those left blank gone. (Without a null on the way: the
     * map may be a persistence provider's, which takes none.)
     */
    public static void dropEmpty(Map<String, String> texts) {
        for (String language : List.copyOf(texts.keySet())) {
            String text = strippedOrNull(texts.get(language));
            if (text == null) {
                texts.remove(language);
            } else {
                texts.put(language, text);
            }
        }
    }

    /** Plain text as HTML that shows it as it is: nothing in it becomes markup. */
    public static String asHtml(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
