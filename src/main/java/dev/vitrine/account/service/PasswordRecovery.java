package dev.vitrine.account.service;

import dev.vitrine.account.entity.AppUser;
import dev.vitrine.account.entity.Role;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.config.VitrineConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A lost admin password, recovered by whoever runs the server without editing the database: started with
 * {@code VITRINE_RESET_PASSWORD_FOR=<user name>} and {@code VITRINE_ADMIN_PASSWORD=<new password>}, the site
 * gives that account the password (checked like any new one) and makes it an enabled admin, through the
 * audited service as the system (ADMIN role, principal {@code system@vitrine} as for the demo content). Meant
 * for one start: while the setting stays, every start sets that password again, and the log says so. A name
 * or password that is refused is logged and changes nothing; the site starts either way.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrations", "FirstAdmin"})
@RunAs(Role.ADMIN_NAME)
public class PasswordRecovery {

    static final String VARIABLE = "VITRINE_RESET_PASSWORD_FOR";
    private static final String PASSWORD_VARIABLE = "VITRINE_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(PasswordRecovery.class.getName());

    @Inject
    private AccountService accounts;

    /** Outside a transaction: the service call is one, so a refusal rolls back only itself. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recoverIfAsked() {
        Optional<String> username = VitrineConfig.get(VARIABLE);
        if (username.isEmpty()) {
            return;
        }
        String name = username.get();
        Optional<String> password = VitrineConfig.get(PASSWORD_VARIABLE);
        if (password.isEmpty()) {
            LOG.severe(() ->
                    VARIABLE + "=" + name + " needs the new password in " + PASSWORD_VARIABLE + "; nothing changed.");
            return;
        }
        List<String> changes;
        try {
            changes = accounts.recoverAdmin(name, password.get());
        } catch (NotFoundException e) {
            String admins = String.join(", ", adminNames());
            LOG.severe(() -> VARIABLE + " names '" + name + "', but there is no such account; nothing changed."
                    + " The admins are: " + admins + ".");
            return;
        } catch (BusinessException weak) {
            LOG.severe(() -> PASSWORD_VARIABLE + " is too weak for '" + name + "': at least " + Passwords.MIN_LENGTH
                    + " characters, not the user name, not a common password; nothing changed.");
            return;
        }
        String done = changes.isEmpty()
                ? "'" + name + "' already is an enabled admin with the password from " + PASSWORD_VARIABLE
                        + "; nothing changed"
                : "'" + name + "' is an enabled admin with the password from " + PASSWORD_VARIABLE + " ("
                        + String.join(", ", changes) + "; in the audit log as the system"
                        + (changes.contains(AccountService.NEW_PASSWORD) ? "; its other sessions are over" : "")
                        + ")";
        LOG.warning(() -> VARIABLE + ": " + done + ". Remove " + VARIABLE + " now: while it is set, every start"
                + " sets this password again.");
    }

    private List<String> adminNames() {
        return accounts.listUsers().stream()
                .filter(user -> user.getRole() == Role.ADMIN)
                .map(AppUser::getUsername)
                .toList();
    }
}
