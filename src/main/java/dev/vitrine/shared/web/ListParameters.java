package dev.vitrine.shared.web;

import dev.vitrine.shared.Paging;
import dev.vitrine.shared.Slugs;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ?category=<slug>&page=<n>} of a public list, read and checked once. A malformed value means
 * the URL is wrong, so the page answers 400 rather than guess.
 */
public record ListParameters(String categorySlug, int page) {

    /** The parameters of the current request, or empty when they are malformed. */
    public static Optional<ListParameters> ofCurrentRequest() {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return parse(params.get("category"), params.get("page"));
    }

    static Optional<ListParameters> parse(String category, String page) {
        if (category != null && !Slugs.isValid(category)) {
            return Optional.empty();
        }
        return Paging.parsePage(page).map(number -> new ListParameters(category, number));
    }
}
