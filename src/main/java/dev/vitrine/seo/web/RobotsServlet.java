package dev.vitrine.seo.web;

import dev.vitrine.shared.web.PublicAddress;
import dev.vitrine.site.service.SiteService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /robots.txt}: crawlers welcome everywhere but the back office, sign-in and search results. */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SiteService site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.getWriter()
                .append("User-agent: *\n")
                .append("Disallow: /admin/\n")
                .append("Disallow: /login\n")
                .append("Disallow: /lang\n")
                .append("Disallow: /search\n")
                .append("Disallow: /en/search\n")
                .append("\n")
                .append("Sitemap: ")
                .append(PublicAddress.of(request, site.getSettings().getSiteUrl()))
                .append("/sitemap.xml\n");
    }
}
