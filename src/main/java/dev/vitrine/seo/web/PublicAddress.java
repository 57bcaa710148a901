package dev.vitrine.seo.web;

import dev.vitrine.site.entity.SiteSettings;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The site's absolute address for the files search engines read: the address in site settings (where the
 * site is, behind any proxy), else the one this request came to (these files are never kept by the page cache, so a false Host header changes
 * only its own answer).
 */
final class PublicAddress {

    private PublicAddress() {}

    static String of(HttpServletRequest request, SiteSettings settings) {
        if (settings.getSiteUrl() != null) {
            return settings.getSiteUrl();
        }
        boolean defaultPort = request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getScheme() + "://" + request.getServerName()
                + (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath();
    }
}
