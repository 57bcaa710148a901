package dev.vitrine.shared.text;

/** Small rules for the text staff type into optional fields. */
public final class Texts {

    private Texts() {}

    /** An optional field as stored: without surrounding spaces, and nothing at all when it is blank. */
    public static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
