package dev.vitrine.account.web;

import dev.vitrine.account.entity.AppUser;
import dev.vitrine.account.service.AccountService;
import dev.vitrine.account.service.LoginThrottle;
import dev.vitrine.shared.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;

/** Checks staff credentials against the user table, refusing throttled attempts before any hashing. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        String address = ClientAddress.of(request);
        if (throttle.isBlocked(username, address)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<AppUser> user = accounts.authenticate(username, credential.getPasswordAsString());
        if (user.isEmpty()) {
            throttle.failed(username, address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(username);
        return new CredentialValidationResult(
                user.get().getUsername(), Set.of(user.get().getRole().name()));
    }
}
