package dev.vitrine.account.entity;

import dev.vitrine.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A staff member who signs in to the back office. Only the password's PBKDF2 hash is kept. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = AppUser.FIND_BY_USERNAME, query = "SELECT u FROM AppUser u WHERE u.username = :username")
@NamedQuery(name = AppUser.LIST, query = "SELECT u FROM AppUser u ORDER BY u.username")
@NamedQuery(
        name = AppUser.ENABLED_ADMINS,
        query = "SELECT u FROM AppUser u WHERE u.role = dev.vitrine.account.entity.Role.ADMIN AND u.enabled = TRUE"
                + " ORDER BY u.id")
public class AppUser extends BaseEntity {

    public static final String FIND_BY_USERNAME = "AppUser.findByUsername";
    public static final String LIST = "AppUser.list";
    public static final String ENABLED_ADMINS = "AppUser.enabledAdmins";
    public static final int USERNAME_LENGTH = 50;
    public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{2,50}";

    @NotNull
    @Pattern(regexp = USERNAME_PATTERN, message = "{vitrine.username.pattern}")
    @Size(max = USERNAME_LENGTH)
    @Column(nullable = false, length = USERNAME_LENGTH, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    protected AppUser() {
        // for JPA
    }

    public AppUser(String username, Role role, String passwordHash) {
        this.username = username;
        this.role = role;
        this.passwordHash = passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
