package dev.vitrine.shared;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a stored picture's path ({@code products/202611/3f9c...e1.png}): what the media store accepts
 * and serves, and what rich text may show from {@code /media/}.
 */
public final class MediaPaths {

    public static final String PATTERN = "([A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\\.(png|jpg|jpeg|webp|gif)";

    /** The shape of a stored download's path ({@code files/202612/3f9c...e1.pdf}). */
    public static final String FILE_PATTERN =
            "files/[0-9]{6}/[0-9a-f]{32}\\.(pdf|zip|docx|xlsx|pptx|doc|xls|ppt|rar|7z|dwg)";

    private static final Pattern IN_HTML = Pattern.compile("/media/(" + PATTERN + ")\"");

    private MediaPaths() {}

    /** The stored pictures that HTML shows ({@code <img src=".../media/<path>">}). */
    public static Set<String> in(String html) {
        Set<String> paths = new LinkedHashSet<>();
        if (html != null) {
            Matcher media = IN_HTML.matcher(html);
            while (media.find()) {
                paths.add(media.group(1));
            }
        }
        return paths;
    }
}
