package dev.vitrine.account.web;

import dev.vitrine.account.service.LoginThrottle;
import dev.vitrine.shared.web.ClientAddress;
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

/** The sign-in page ({@code /login}). */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext security;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private FacesContext faces;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (throttle.isBlocked(username, ClientAddress.of(request))) {
            Messages.error(null, "login.throttled");
            return;
        }
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + "/admin/dashboard");
            }
            default ->
                Messages.error(
                        null,
                        throttle.isBlocked(username, ClientAddress.of(request)) ? "login.throttled" : "login.failed");
        }
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
}
