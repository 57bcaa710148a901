package dev.vitrine.account.service;

import dev.vitrine.account.entity.AppUser;
import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Staff accounts. Managing them is for admins; changing one's own password is for everyone signed in. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountService {

    /** What {@link #recoverAdmin} reports when it set a new password. */
    static final String NEW_PASSWORD = "new password";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditService audit;

    @Resource
    private SessionContext session;

    /**
     * For signing in: the enabled account whose password matches, if any. The password is hashed whether
     * or not the user exists or is enabled, so the time taken tells nothing about the name.
     */
    @PermitAll
    public Optional<AppUser> authenticate(String username, String password) {
        return signIn(username, password).user();
    }

    /** What a sign-in found: the account, or none and whether the right password was given for a disabled one. */
    public record SignIn(Optional<AppUser> user, boolean disabled) {}

    /**
     * As {@link #authenticate}, telling also a disabled account from a wrong password, but only to whoever gave
     * its password (anyone else learns nothing about the name).
     */
    @PermitAll
    public SignIn signIn(String username, String password) {
        Optional<AppUser> user = findByUsername(username);
        boolean matches = passwords.matchesInEqualTime(
                password, user.map(AppUser::getPasswordHash).orElse(null));
        Optional<AppUser> known = user.filter(u -> matches);
        return new SignIn(
                known.filter(AppUser::isEnabled),
                known.isPresent() && !known.get().isEnabled());
    }

    /** For each request of a signed-in session: the account as it is now, if it is still enabled. */
    @PermitAll
    public Optional<AppUser> enabledAccount(String username) {
        return findByUsername(username).filter(AppUser::isEnabled);
    }

    @PermitAll
    public boolean hasUsers() {
        return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult() > 0;
    }

    public List<AppUser> listUsers() {
        return em.createNamedQuery(AppUser.LIST, AppUser.class).getResultList();
    }

    /** Creates the first admin; refused once any account exists. */
    @PermitAll
    public AppUser createFirstAdmin(String username, String password) {
        if (hasUsers()) {
            throw new BusinessException("user.duplicate");
        }
        return createUser(username, Role.ADMIN, password);
    }

    public AppUser createUser(String username, Role role, String password) {
        if (findByUsername(username).isPresent()) {
            throw new BusinessException("user.duplicate");
        }
        if (AuditService.SYSTEM.equalsIgnoreCase(username) || AuditService.ANONYMOUS.equalsIgnoreCase(username)) {
            throw new BusinessException("user.reserved");
        }
        rejectWeak(password, username);
        AppUser user = new AppUser(username, role, passwords.hash(password));
        em.persist(user);
        audit.record("CREATE", "USER", user.getId(), username + " (" + role + ")");
        return user;
    }

    public void changeRole(long id, Role role) {
        AppUser user = get(id);
        if (user.getRole() == Role.ADMIN && role != Role.ADMIN) {
            keepAnAdmin(user);
        }
        user.setRole(role);
        audit.record("CHANGE_ROLE", "USER", id, user.getUsername() + " -> " + role);
    }

    public void setEnabled(long id, boolean enabled) {
        AppUser user = get(id);
        if (!enabled && user.getRole() == Role.ADMIN) {
            keepAnAdmin(user);
        }
        user.setEnabled(enabled);
        audit.record(enabled ? "ENABLE" : "DISABLE", "USER", id, user.getUsername());
    }

    /** Gives the account a new random password, returned once to show the admin. */
    public String resetPassword(long id) {
        AppUser user = get(id);
        String password = Passwords.generate();
        user.setPasswordHash(passwords.hash(password));
        audit.record("RESET_PASSWORD", "USER", id, user.getUsername());
        return password;
    }

    /**
     * The signed-in user changes their own password, proving it is them with the current one; returns the
     * account as changed. Their other sessions end (they were signed in with the old password).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
    public AppUser changeOwnPassword(String current, String replacement) {
        AppUser user = findByUsername(session.getCallerPrincipal().getName()).orElseThrow(NotFoundException::new);
        if (!passwords.matches(current, user.getPasswordHash())) {
            throw new BusinessException("password.currentWrong");
        }
        rejectWeak(replacement, user.getUsername());
        user.setPasswordHash(passwords.hash(replacement));
        audit.record("CHANGE_PASSWORD", "USER", user.getId(), user.getUsername());
        return user;
    }

    /**
     * Recovery of a lost password by whoever runs the server ({@link PasswordRecovery}): the named account gets
     * this password, checked like any new one, and is an enabled admin. Its row is locked first, so of several
     * instances starting with the same setting one sets it and the others find it set. A new password ends the
     * account's sessions, as any reset does. Returns what changed (empty: nothing had to), in the audit log too.
     */
    public List<String> recoverAdmin(String username, String password) {
        rejectWeak(password, username);
        AppUser user = em
                .createNamedQuery(AppUser.FIND_BY_USERNAME, AppUser.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        List<String> changes = new ArrayList<>();
        if (!passwords.matches(password, user.getPasswordHash())) {
            user.setPasswordHash(passwords.hash(password));
            changes.add(NEW_PASSWORD);
        }
        if (!user.isEnabled()) {
            user.setEnabled(true);
            changes.add("enabled");
        }
        if (user.getRole() != Role.ADMIN) {
            changes.add(user.getRole() + " -> " + Role.ADMIN);
            user.setRole(Role.ADMIN);
        }
        if (!changes.isEmpty()) {
            audit.record(
                    "RECOVER_ADMIN",
                    "USER",
                    user.getId(),
                    username + ": " + String.join(", ", changes) + " (" + PasswordRecovery.VARIABLE + " at start)");
        }
        return changes;
    }

    /**
     * Refuses to take away the last enabled admin. The enabled admins' rows are locked first, so of two
     * admins demoting or disabling each other at the same moment the second waits, then counts again.
     */
    private void keepAnAdmin(AppUser user) {
        List<AppUser> admins = em.createNamedQuery(AppUser.ENABLED_ADMINS, AppUser.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        boolean isOne = admins.stream().anyMatch(admin -> admin.getId().equals(user.getId()));
        if (isOne && admins.size() <= 1) {
            throw new BusinessException("user.lastAdmin");
        }
    }

    private static void rejectWeak(String password, String username) {
        String problem = Passwords.problemWith(password, username);
        if (problem != null) {
            throw new BusinessException(problem);
        }
    }

    private AppUser get(long id) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    private Optional<AppUser> findByUsername(String username) {
        return em.createNamedQuery(AppUser.FIND_BY_USERNAME, AppUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
