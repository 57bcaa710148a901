package dev.vitrine.seo.web;

import dev.vitrine.seo.service.SitemapService;
import dev.vitrine.shared.web.PublicAddress;
import dev.vitrine.site.service.SiteService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/** {@code /sitemap.xml}: every public address with its last change; an index of parts past 50,000. */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SitemapService sitemap;

    @Inject
    private SiteService site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<SitemapService.Entry> entries = sitemap.entries(site.getSettings().getLanguages());
        int parts = Sitemap.parts(entries.size(), Sitemap.LIMIT);
        String part = request.getParameter("part");
        if (part != null
                && (!part.matches("[0-9]{1,4}") || Integer.parseInt(part) < 1 || Integer.parseInt(part) > parts)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = PublicAddress.of(request, site.getSettings().getSiteUrl());
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=600");
        try {
            if (part == null && parts > 1) {
                Sitemap.writeIndex(response.getWriter(), base + "/sitemap.xml", parts);
            } else {
                Sitemap.writeUrls(
                        response.getWriter(), base, entries, part == null ? 1 : Integer.parseInt(part), Sitemap.LIMIT);
            }
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the sitemap", e);
        }
    }
}
