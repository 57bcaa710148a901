package dev.vitrine.shared.web;

import dev.vitrine.shared.Language;
import dev.vitrine.shared.Paging;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of a public page's query that chooses what it shows, in one written form: a list's category and
 * page number, the search's words and page (the first page written as none, {@code 02} as {@code 2}; of
 * a repeated parameter the first, as the page reads it). Every other page shows nothing of its query, so a parameter a page ignores
 * changes none of its links and makes no second copy of it in the page cache. Canonical addresses, the
 * language switch and the page cache's keys all take it from here.
 */
public final class PageQuery {

    private static final List<String> LIST = List.of("category", "page");
    private static final Map<String, List<String>> READ =
            Map.of("/products", LIST, "/news", LIST, "/search", List.of("q", "page"));

    private PageQuery() {}

    /** {@code ?category=amps&page=2}, or an empty text. */
    public static String of(HttpServletRequest request) {
        String path = PageLanguage.askedPath(request);
        List<String> kept = new ArrayList<>();
        for (String name : READ.getOrDefault(Language.ofPath(path).strip(path), List.of())) {
            String value = request.getParameter(name);
            if (name.equals("page") && value != null) {
                Optional<Integer> page = Paging.parsePage(value);
                if (page.isEmpty()) {
                    // Kept as typed, even empty: that page is a 400, never the first page's copy.
                    kept.add("page=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                    continue;
                }
                value = page.get() > 1 ? String.valueOf(page.get()) : null;
            }
            if (value != null && !value.isBlank()) {
                kept.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }
}
