package dev.vitrine.shared.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of stored rich text (sanitized HTML): tags become spaces, character references characters. */
public final class PlainText {

    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");

    private PlainText() {}

    public static String of(String html) {
        if (html == null) {
            return "";
        }
        String text = html.replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"");
        Matcher numeric = NUMERIC.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int codePoint = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            String character = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : " ";
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        numeric.appendTail(decoded);
        return decoded.toString().replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
