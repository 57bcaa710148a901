package dev.vitrine.seo.web;

import dev.vitrine.site.entity.SiteSettings;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The site's absolute address for the files search engines read: the address in site settings, else the
 * one this request came to (these files are never kept by the page cache, so a false Host header changes
 * only its own answer).
 */
final class PublicAddress {

    private PublicAddress() {}

    static String of(HttpServletRequest request, SiteSettings settings) {
        String site = settings.getSiteUrl();
        if (site == null) {
            boolean defaultPort = request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
            site = request.getScheme() + "://" + request.getServerName()
                    + (defaultPort ? "" : ":" + request.getServerPort());
        }
        return site + request.getContextPath();
    }
}
