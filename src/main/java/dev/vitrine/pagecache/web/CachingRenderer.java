package dev.vitrine.pagecache.web;

import dev.vitrine.shared.web.CachingHeaders;
import dev.vitrine.shared.web.ClientAddress;
import dev.vitrine.shared.web.DatabaseDownHandler;
import dev.vitrine.shared.web.DesignPreview;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.PageQuery;
import dev.vitrine.shared.web.PublicAddress;
import dev.vitrine.shared.web.PublicPageRenderer;
import dev.vitrine.shared.web.PublicRoutes;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.shared.web.VisitorLocale;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewRecorder;
import dev.vitrine.views.service.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Public pages from the {@link PageCache}: a page is rendered once per address and language, then sent from
 * memory with the visitor's view counted and its count put in. Answers carry an entity tag, so a browser
 * that has the same bytes gets {@code 304 Not Modified}, and are gzip-compressed for browsers that take it.
 */
@ApplicationScoped
public class CachingRenderer implements PublicPageRenderer {

    @Inject
    private PageCache cache;

    @Inject
    private RenderedPage rendered;

    @Inject
    private ViewRecorder viewRecorder;

    @Inject
    private PageMetrics metrics;

    @Override
    public void render(String view, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        long start = System.nanoTime();
        boolean hit = false;
        try {
            hit = answer(view, request, response);
        } finally {
            metrics.served(view, hit, System.nanoTime() - start);
        }
    }

    /** Answers the request; whether from the cache. */
    private boolean answer(String view, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Locale locale = VisitorLocale.of(request);
        boolean suggesting = VisitorLocale.suggestsEnglish(request, PageLanguage.askedPath(request));
        String key = isCacheable(request) ? key(request, locale) + (suggesting ? " suggesting English" : "") : null;
        CachedPage page = key == null ? null : cache.get(key).orElse(null);
        boolean hit = page != null;
        if (page == null) {
            long version = cache.version();
            CapturingResponse capture = new CapturingResponse(response);
            request.getRequestDispatcher(view).forward(request, capture);
            if (capture.passedOn()) {
                return false;
            }
            page = CachedPage.of(
                    capture.body(),
                    RenderedPage.VIEW_COUNT,
                    rendered.getCounted(),
                    rendered.getTags(),
                    capture.getContentType());
            if (capture.getStatus() != HttpServletResponse.SC_OK) {
                response.setStatus(capture.getStatus());
                key = null;
            }
            if (!rendered.isKeepable()) {
                key = null;
            }
            if (key != null) {
                cache.put(key, page, version);
            }
        }
        if (suggesting) {
            VisitorLocale.suggested(request, response);
        }
        send(page, hit, locale, request, response);
        return hit;
    }

    private void send(
            CachedPage page, boolean hit, Locale locale, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String count;
        try {
            count = page.counted() == null ? null : Long.toString(count(page, request));
        } catch (RuntimeException e) {
            if (!DatabaseDownHandler.isDatabaseDown(e)) {
                throw e;
            }
            // The count of an item not counted since the start can't be read: the page can't be complete.
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        boolean gzip = page.isCompressible() && CachingHeaders.acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = page.etag(count, gzip);
        response.setHeader("X-Cache", hit ? "HIT" : "MISS");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Encoding, Accept-Language, Cookie");
        response.setHeader("ETag", etag);
        if (response.getStatus() == HttpServletResponse.SC_OK
                && CachingHeaders.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        byte[] countBytes = count == null ? new byte[0] : count.getBytes(StandardCharsets.UTF_8);
        byte[] body = gzip ? page.gzip(countBytes) : page.body(countBytes);
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private long count(CachedPage page, HttpServletRequest request) {
        return viewRecorder.view(
                (ViewedItem) page.counted(),
                new Visit(
                        request.getMethod(),
                        ClientAddress.of(request),
                        request.getHeader("User-Agent"),
                        request.getRemoteUser() != null));
    }

    /**
     * Any GET: its key holds only the parameters the page reads ({@link #key}), so a parameter it ignores (a
     * share's {@code ?from=singlemessage}, a campaign's {@code utm_source}, or made up) finds the one copy
     * rather than costing a full render. Pages that read more (the contact form, search) are never kept, nor
     * pages a staff member sees in a design preview.
     */
    private static boolean isCacheable(HttpServletRequest request) {
        String method = request.getMethod();
        return (method.equals("GET") || method.equals("HEAD")) && !DesignPreview.isOn(request);
    }

    /**
     * Pages are kept by what they show only: language, path and the parameters the page reads, in one form
     * ({@link PageQuery}), and whether it says an item isn't translated. Not by host: no page shows the
     * host ({@link PublicAddress#ofPages}), so made-up Host headers and ignored or repeated parameters all
     * find the one copy instead of pushing other pages out.
     */
    static String key(HttpServletRequest request, Locale locale) {
        String untranslated = request.getParameter(PublicRoutes.UNTRANSLATED);
        return locale.toLanguageTag() + " " + request.getRequestURI() + PageQuery.of(request)
                + (untranslated == null || untranslated.isEmpty() ? "" : " untranslated");
    }
}
