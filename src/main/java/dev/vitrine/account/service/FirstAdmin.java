package dev.vitrine.account.service;

import dev.vitrine.shared.config.VitrineConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates the first admin on first start: {@code VITRINE_ADMIN_USER} (default {@code admin}) with
 * {@code VITRINE_ADMIN_PASSWORD}, or, when that is unset, a random password written once to the log.
 * There is no default password.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    private AccountService accounts;

    @PostConstruct
    void createIfNone() {
        if (accounts.hasUsers()) {
            return;
        }
        String username = VitrineConfig.get("VITRINE_ADMIN_USER").orElse("admin");
        Optional<String> configured = VitrineConfig.get("VITRINE_ADMIN_PASSWORD");
        String password = configured.orElseGet(Passwords::generate);
        String problem = Passwords.problemWith(password, username);
        if (problem != null) {
            throw new IllegalStateException("VITRINE_ADMIN_PASSWORD is too weak for the first administrator: at least "
                    + Passwords.MIN_LENGTH + " characters, not the user name, not a common password");
        }
        accounts.createFirstAdmin(username, password);
        if (configured.isPresent()) {
            LOG.info(() ->
                    "Created the first administrator '" + username + "' with the password from VITRINE_ADMIN_PASSWORD");
        } else {
            LOG.warning(() -> "\n\n    Created the first administrator for /admin:  user '" + username + "'  password '"
                    + password + "'\n    It is shown only this once: sign in and change it.\n");
        }
    }
}
