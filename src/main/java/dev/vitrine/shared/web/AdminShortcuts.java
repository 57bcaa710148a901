package dev.vitrine.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The back office's addresses without a page name ({@code /admin}, {@code /admin/products/}) lead to the
 * section's page. Mapped exactly, so that the container does not answer them itself: it would redirect a
 * folder's name to the folder with an address built from the request's Host header.
 */
@WebServlet(
        urlPatterns = {
            "/admin", "/admin/",
            "/admin/inquiries", "/admin/inquiries/",
            "/admin/products", "/admin/products/",
            "/admin/articles", "/admin/articles/",
            "/admin/cases", "/admin/cases/",
            "/admin/pages", "/admin/pages/",
            "/admin/categories", "/admin/categories/",
            "/admin/users", "/admin/users/",
            "/admin/site", "/admin/site/",
            "/admin/audit", "/admin/audit/",
            "/admin/account", "/admin/account/"
        })
public class AdminShortcuts extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> PAGES = Map.of(
            "site", "settings",
            "audit", "log",
            "account", "password");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + pageOf(request.getServletPath()));
    }

    /** The page for a shortcut address: the dashboard, a section's list, or the section's one page. */
    static String pageOf(String shortcut) {
        String section = shortcut.replaceAll("^/admin/?|/$", "");
        return section.isEmpty() ? "/admin/dashboard" : "/admin/" + section + "/" + PAGES.getOrDefault(section, "list");
    }
}
