package dev.vitrine.account.web;

import dev.vitrine.account.service.AccountService;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Changing one's own password ({@code /admin/account/password}): the current one is required. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private AccountService accounts;

    private String current;
    private String replacement;
    private String repeated;

    public void change() {
        if (replacement == null || !replacement.equals(repeated)) {
            Messages.error("form:repeated", "password.mismatch");
            return;
        }
        try {
            accounts.changeOwnPassword(current, replacement);
            Messages.info("password.changed");
        } catch (BusinessException e) {
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
