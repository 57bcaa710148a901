package dev.vitrine.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Serves {@link Assets}: a fingerprinted name is cached for a year as immutable, a plain one is revalidated
 * ({@code 304} with its entity tag); gzip for text when the browser takes it; {@code /favicon.ico} is the
 * site's icon.
 */
@WebServlet({"/static/*", "/favicon.ico"})
public class AssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String FAVICON = "favicon.png";

    @Inject
    private Assets assets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name =
                request.getPathInfo() == null ? FAVICON : request.getPathInfo().substring(1);
        Optional<Map.Entry<Assets.Asset, Boolean>> found = assets.find(name);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Assets.Asset asset = found.get().getKey();
        boolean gzip = asset.gzipped() != null && acceptsGzip(request);
        response.setHeader(
                "Cache-Control", found.get().getValue() ? "public, max-age=31536000, immutable" : "no-cache");
        response.setHeader("ETag", asset.etag(gzip));
        response.setHeader("Vary", "Accept-Encoding");
        if (CachingHeaders.matches(request.getHeader("If-None-Match"), asset.etag(gzip))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? asset.gzipped() : asset.bytes();
        response.setContentType(asset.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        return CachingHeaders.acceptsGzip(request.getHeader("Accept-Encoding"));
    }
}
