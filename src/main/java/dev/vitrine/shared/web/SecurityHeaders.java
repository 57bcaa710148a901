package dev.vitrine.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers that tell a browser what an answer may do, on every answer: no sniffing of types, no framing,
 * no full addresses sent to other sites, and a Content-Security-Policy. Public pages run no script at all,
 * so theirs allows none and only this site's stylesheet and pictures. The back office runs PrimeFaces,
 * whose widgets are started by inline scripts and event attributes, so its policy allows inline scripts and
 * evaluation, but only from this site: no script, style, frame or form target from anywhere else. Back-office
 * answers and the sign-in page are never stored by the browser or a proxy. Redirects are sent as paths
 * ({@link RelativeRedirects}).
 */
// Mapped in web.xml, first of all filters: a filter before it could answer without its headers.
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Public pages: no script runs at all. {@code connect-src 'self'} changes nothing for a page without
     * script; it lets audit tools that fetch from the page (Lighthouse reads robots.txt so) reach the site.
     */
    static final String PUBLIC_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final String BACK_OFFICE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(request, response);
        chain.doFilter(request, new RelativeRedirects(request, response));
    }

    /**
     * Puts the headers on an answer. Public for what answers before any filter runs: the sign-in
     * mechanism's redirect to the sign-in page.
     */
    public static void addTo(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean backOffice = isBackOffice(path);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", backOffice ? BACK_OFFICE_POLICY : PUBLIC_POLICY);
        if (backOffice && !path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** The back office, its sign-in page and the component resources they load. */
    static boolean isBackOffice(String path) {
        return path.equals("/admin")
                || path.startsWith("/admin/")
                || path.equals("/login")
                || path.startsWith("/jakarta.faces.resource/");
    }
}
