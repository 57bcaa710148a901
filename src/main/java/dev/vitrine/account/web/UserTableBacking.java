package dev.vitrine.account.web;

import dev.vitrine.account.entity.AppUser;
import dev.vitrine.account.entity.Role;
import dev.vitrine.account.service.AccountService;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff accounts ({@code /admin/users}, admins only). */
@Named
@ViewScoped
public class UserTableBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private List<AppUser> users;
    private String newUsername;
    private Role newRole = Role.EDITOR;
    private String newPassword;
    /** A password just generated, shown once. */
    private String shownPassword;

    @PostConstruct
    void reload() {
        users = accounts.listUsers();
    }

    public void create() {
        try {
            accounts.createUser(newUsername, newRole, newPassword);
            Messages.info("admin.saved", newUsername);
            newUsername = null;
            newPassword = null;
            reload();
        } catch (BusinessException e) {
            Messages.error(null, e.getMessageKey());
        }
    }

    public void changeRole(AppUser user, Role role) {
        act(() -> accounts.changeRole(user.getId(), role), user);
    }

    public void setEnabled(AppUser user, boolean enabled) {
        act(() -> accounts.setEnabled(user.getId(), enabled), user);
    }

    public void resetPassword(AppUser user) {
        act(() -> shownPassword = user.getUsername() + ": " + accounts.resetPassword(user.getId()), user);
    }

    private void act(Runnable action, AppUser user) {
        try {
            action.run();
            Messages.info("admin.saved", user.getUsername());
        } catch (BusinessException e) {
            Messages.error(null, e.getMessageKey());
        }
        reload();
    }

    public List<AppUser> getUsers() {
        return users;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getShownPassword() {
        return shownPassword;
    }
}
