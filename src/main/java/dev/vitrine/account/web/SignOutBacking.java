package dev.vitrine.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signing out from any back-office page; also says who is signed in. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    private FacesContext faces;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login");
    }

    public String getUser() {
        return faces.getExternalContext().getRemoteUser();
    }

    /**
     * Whether to show the admins' menu. On an error page (a 404 under /admin) Payara 7 fails the role check
     * with a NullPointerException (its authorization module has no policy for the error dispatch); the page
     * then shows the menu every member of staff has, and the admin pages still check the role themselves.
     */
    public boolean isAdmin() {
        try {
            return faces.getExternalContext().isUserInRole("ADMIN");
        } catch (NullPointerException e) {
            return false;
        }
    }
}
