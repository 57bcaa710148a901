package dev.vitrine.account.web;

import dev.vitrine.account.entity.AppUser;
import dev.vitrine.account.service.AccountService;
import dev.vitrine.account.service.LoginThrottle;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.web.ClientAddress;
import dev.vitrine.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Changing one's own password ({@code /admin/account/password}): the current one is required, and guessing
 * it is limited like signing in. This session stays signed in; the user's other sessions end.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private FacesContext faces;

    private String current;
    private String replacement;
    private String repeated;

    public void change() {
        if (replacement == null || !replacement.equals(repeated)) {
            Messages.error("form:repeated", "password.mismatch");
            return;
        }
        ExternalContext external = faces.getExternalContext();
        String username = external.getRemoteUser();
        String address = ClientAddress.of((HttpServletRequest) external.getRequest());
        LoginThrottle.Verdict verdict = throttle.attempt(username, address);
        if (verdict != LoginThrottle.Verdict.CHECK) {
            Messages.error(null, verdict == LoginThrottle.Verdict.SLOWED ? "login.slowed" : "password.throttled");
            return;
        }
        try {
            AppUser changed = accounts.changeOwnPassword(current, replacement);
            throttle.succeeded(username, address);
            external.getSessionMap().put(StaffSession.ATTRIBUTE, StaffSession.of(changed));
            Messages.info("password.changed");
        } catch (BusinessException e) {
            if (!"password.currentWrong".equals(e.getMessageKey())) {
                throttle.succeeded(username, address);
            }
            Messages.error(null, e.getMessageKey());
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
