package dev.vitrine.site.entity;

/** Colours as the settings keep them ({@code #1f3b63}), and their contrast as WCAG 2 computes it. */
public final class Colours {

    /** A colour the settings accept: {@code #} and six hex digits. */
    public static final String PATTERN = "#[0-9a-fA-F]{6}";

    /** The least contrast WCAG AA asks of normal text against its background. */
    public static final double AA_TEXT = 4.5;

    private Colours() {}

    /** The contrast ratio of two colours, 1 to 21. */
    public static double contrast(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
