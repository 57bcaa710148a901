package dev.vitrine.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Which layout an error page wears: the back office's for signed-in staff under {@code /admin}, the public
 * site's for everything else (a path such as {@code /admin/../} reaches an error page signed out).
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
        return request.getRemoteUser() != null && uri.startsWith(request.getContextPath() + "/admin/");
    }

    public String getTemplate() {
        return isAdmin() ? ADMIN : PUBLIC;
    }

    /** Where the page's "back" link leads: the dashboard or the home page. */
    public String getHome() {
        return request.getContextPath() + (isAdmin() ? "/admin/dashboard" : "/");
    }
}
