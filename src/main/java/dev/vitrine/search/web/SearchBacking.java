package dev.vitrine.search.web;

import dev.vitrine.search.service.SearchHit;
import dev.vitrine.search.service.SearchIndex;
import dev.vitrine.search.service.SearchResults;
import dev.vitrine.search.service.SearchTally;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.Paging;
import dev.vitrine.shared.web.ClientAddress;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.shared.web.Responses;
import dev.vitrine.views.service.BotDetector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site search ({@code /search?q=<words>&page=<n>}, in English {@code /en/search}): products, articles and
 * pages in the page's language, best first, ten at a
 * time. Cheap for crawlers by its limits: at most {@value #MAX_WORDS} characters are looked for and at most
 * {@value #MAX_PAGE} pages shown; further pages are a 400. Never kept by the page cache, so each address
 * may search only so often ({@link SearchLimit}); past that it gets a friendly 429 page. A first page of
 * results is counted for the search statistics, unless a robot asked.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 10;
    static final int MAX_PAGE = 10;
    static final int MAX_WORDS = 100;

    @Inject
    private SearchIndex index;

    @Inject
    private RenderedPage rendered;

    @Inject
    private PageLanguage language;

    @Inject
    private SearchLimit limit;

    @Inject
    private SearchTally searches;

    private String words;
    private long found;
    private PageResult<SearchHit> result;

    public void load() {
        rendered.madeForThisRequest();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!limit.allow(ClientAddress.of((HttpServletRequest) external.getRequest()))) {
            external.setResponseHeader("Retry-After", Long.toString(limit.secondsToWait()));
            Responses.tooManyRequests();
            return;
        }
        Map<String, String> params = external.getRequestParameterMap();
        Optional<Integer> page = Paging.parsePage(params.get("page"));
        if (page.isEmpty() || page.get() > MAX_PAGE) {
            Responses.badRequest();
            return;
        }
        String q = params.get("q");
        words = q == null ? "" : q.strip();
        if (words.length() > MAX_WORDS) {
            words = words.substring(0, MAX_WORDS);
        }
        SearchResults found = words.isEmpty()
                ? new SearchResults(List.of(), 0)
                : index.search(words, language.getCurrent(), page.get(), PAGE_SIZE);
        this.found = found.total();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (page.get() == 1 && !words.isEmpty() && !BotDetector.isBot(request.getHeader("User-Agent"))) {
            searches.searched(words, found.total());
        }
        long total = Math.min(found.total(), (long) MAX_PAGE * PAGE_SIZE);
        result = new PageResult<>(found.hits(), page.get(), PAGE_SIZE, total);
        if (total > 0 && result.getPage() > result.getPageCount()) {
            Responses.badRequest();
        }
    }

    public String getWords() {
        return words;
    }

    /** The words as a URL parameter, for the paging links. */
    public String getEncodedWords() {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    public PageResult<SearchHit> getResult() {
        return result;
    }

    /** How many were found in all (more than the pages show, perhaps). */
    public long getFound() {
        return found;
    }
}
