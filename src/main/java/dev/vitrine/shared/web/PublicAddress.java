package dev.vitrine.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The site's absolute address, for what search engines and sharing sites read: the site address from site
 * settings (where the site is, behind any proxy), else the address this request came to. The page cache
 * keeps pages by the host they were asked for, so a false Host header changes only its own answers.
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

    /** The scheme, host and (unless the usual one) port this request came to. */
    public static String hostOf(HttpServletRequest request) {
        boolean defaultPort = request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getScheme() + "://" + request.getServerName()
                + (defaultPort ? "" : ":" + request.getServerPort());
    }
}
