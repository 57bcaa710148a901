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

    public boolean isAdmin() {
        return faces.getExternalContext().isUserInRole("ADMIN");
    }
}
