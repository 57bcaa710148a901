package dev.vitrine.shared;

/**
 * The shape of a stored picture's path ({@code products/202611/3f9c...e1.png}): what the media store accepts
 * and serves, and what rich text may show from {@code /media/}.
 */
public final class MediaPaths {

    public static final String PATTERN = "([A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\\.(png|jpg|jpeg|webp|gif)";

    private MediaPaths() {}
}
