package dev.vitrine.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Which layout an error page wears: the back office's for a request under {@code /admin} (only signed-in
 * staff get that far), the public site's for everything else.
 */
@Named
@RequestScoped
public class ErrorLayout {

    static final String ADMIN = "/WEB-INF/templates/admin.xhtml";
    static final String PUBLIC = "/WEB-INF/templates/public.xhtml";

    @Inject
    private HttpServletRequest request;

    public boolean isAdmin() {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String path ? path : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/admin/");
    }

    public String getTemplate() {
        return isAdmin() ? ADMIN : PUBLIC;
    }

    /** Where the page's "back" link leads: the dashboard or the home page. */
    public String getHome() {
        return request.getContextPath() + (isAdmin() ? "/admin/dashboard" : "/");
    }
}
