package dev.vitrine.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The site's absolute address, for what search engines and sharing sites read: the site address from site
 * settings (where the site is, behind any proxy). Without it, pages use paths, never the request's Host
 * header (anybody can send one, and a page is cached for everybody: pages are cached once whatever the
 * host); only the files that must hold full addresses (sitemap, robots.txt, feeds), which are not cached
 * here, use the address the request came to.
 */
public final class PublicAddress {

    private PublicAddress() {}

    /** {@code https://www.example.com}, or {@code http://host:port/context} when no site address is set. */
    public static String of(HttpServletRequest request, String siteUrl) {
        if (siteUrl != null) {
            return siteUrl;
        }
        return hostOf(request) + request.getContextPath();
    }

    /** For pages: {@code https://www.example.com}, or the context path when no site address is set. */
    public static String ofPages(HttpServletRequest request, String siteUrl) {
        return siteUrl != null ? siteUrl : request.getContextPath();
    }

    /** The scheme, host and (unless the usual one) port this request came to. */
    private static String hostOf(HttpServletRequest request) {
        boolean defaultPort = request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getScheme() + "://" + request.getServerName()
                + (defaultPort ? "" : ":" + request.getServerPort());
    }
}
