package dev.vitrine.account.web;

import dev.vitrine.account.entity.AppUser;
import dev.vitrine.account.entity.Role;
import dev.vitrine.account.service.AccountService;
import dev.vitrine.account.service.LoginThrottle;
import dev.vitrine.shared.web.ClientAddress;
import dev.vitrine.shared.web.RelativeRedirects;
import dev.vitrine.shared.web.SecurityHeaders;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Back-office sign-in (Jakarta Security). Visitors get no session: one is made only when a member of
 * staff signs in. Each request of that session is then checked against the account as it is now, so a
 * disabled account or one whose password was reset or changed elsewhere is signed out, and a changed role
 * applies, by its next request. Password guesses go through {@link LoginThrottle} before any hashing.
 * Which pages need which role is in web.xml; which actions need which role is on the services.
 */
@DeclareRoles({Role.ADMIN_NAME, Role.EDITOR_NAME})
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute: the throttle's verdict on a sign-in it did not let through. */
    static final String REFUSAL = "vitrine.signInRefusal";

    /** The refusal of the right password for a disabled account. */
    static final String DISABLED = "disabled";

    @Inject
    private AccountService accounts;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private SignInMetrics metrics;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signIn(request, context, credential);
        }
        if (!context.isProtected() && isStaticFile(request)) {
            return context.doNothing();
        }
        Optional<AppUser> user = signedInUser(request);
        if (user.isPresent()) {
            return context.notifyContainerAboutLogin(
                    user.get().getUsername(), Set.of(user.get().getRole().name()));
        }
        return context.isProtected() ? toSignInPage(request, response) : context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(StaffSession.ATTRIBUTE);
        }
    }

    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        String address = ClientAddress.of(request);
        LoginThrottle.Verdict verdict = throttle.attempt(credential.getCaller(), address);
        if (verdict != LoginThrottle.Verdict.CHECK) {
            metrics.count(
                    verdict == LoginThrottle.Verdict.SLOWED
                            ? SignInMetrics.Outcome.SLOWED
                            : SignInMetrics.Outcome.REFUSED);
            request.setAttribute(REFUSAL, verdict);
            return AuthenticationStatus.SEND_FAILURE;
        }
        AccountService.SignIn found = accounts.signIn(credential.getCaller(), credential.getPasswordAsString());
        Optional<AppUser> user = found.user();
        if (user.isEmpty()) {
            metrics.count(SignInMetrics.Outcome.FAILURE);
            if (found.disabled()) {
                request.setAttribute(REFUSAL, DISABLED);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        metrics.count(SignInMetrics.Outcome.SUCCESS);
        throttle.succeeded(credential.getCaller(), address);
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(StaffSession.ATTRIBUTE, StaffSession.of(user.get()));
        return context.notifyContainerAboutLogin(
                user.get().getUsername(), Set.of(user.get().getRole().name()));
    }

    /** The account of this request's session as it is now, or empty (and the session ended) if it has no say. */
    private Optional<AppUser> signedInUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(StaffSession.ATTRIBUTE) instanceof StaffSession staff)) {
            return Optional.empty();
        }
        Optional<AppUser> user = accounts.enabledAccount(staff.username()).filter(staff::isStillValidFor);
        if (user.isEmpty()) {
            session.invalidate();
        }
        return user;
    }

    /** Stylesheets, scripts and icons: the same for everyone, so nobody's account is looked up for them. */
    private static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/static/")
                || path.equals("/favicon.ico");
    }

    /** Sends the browser to the sign-in page, with the page it asked for to come back to. */
    private static AuthenticationStatus toSignInPage(HttpServletRequest request, HttpServletResponse response) {
        String back = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
            back += "?" + request.getQueryString(); // the item a link to an edit page names
        }
        String target = request.getContextPath() + "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        // Authentication runs before the filters, so this answer gets its headers here.
        SecurityHeaders.addTo(request, response);
        try {
            RelativeRedirects.send(request, response, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
