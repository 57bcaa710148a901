package dev.vitrine.account.web;

import dev.vitrine.account.service.LoginThrottle;
import dev.vitrine.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The sign-in page ({@code /login}). The page is stateless (no session until someone signs in); after
 * signing in, staff go back to the back-office page they asked for ({@code next}), or to the dashboard.
 */
@Named
@RequestScoped
public class LoginBacking {

    /** Where {@code next} may lead: a back-office page of this site (with plain parameters), nothing else. */
    private static final Pattern BACK_OFFICE_PAGE = Pattern.compile("/admin(/[A-Za-z0-9_-]+)*(\\?[A-Za-z0-9_=&%.-]*)?");

    @Inject
    private SecurityContext security;

    @Inject
    private FacesContext faces;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String next;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + landingPage());
            default -> Messages.error(null, refusalMessage(request.getAttribute(StaffAuthentication.REFUSAL)));
        }
    }

    private String landingPage() {
        return next != null && BACK_OFFICE_PAGE.matcher(next).matches() ? next : "/admin/dashboard";
    }

    private static String refusalMessage(Object refusal) {
        if (StaffAuthentication.DISABLED.equals(refusal)) {
            return "login.disabled";
        }
        if (refusal == LoginThrottle.Verdict.REFUSED) {
            return "login.throttled";
        }
        return refusal == LoginThrottle.Verdict.SLOWED ? "login.slowed" : "login.failed";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The page asked for: from the address on the first visit, then from the form. */
    public String getNext() {
        return next != null
                ? next
                : faces.getExternalContext().getRequestParameterMap().get("next");
    }

    public void setNext(String next) {
        this.next = next;
    }
}
