package dev.vitrine.account.web;

import dev.vitrine.account.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Back-office sign-in: a form at {@code /login} (Jakarta Security), checked by {@link StaffIdentityStore}.
 * Which pages need which role is in web.xml; which actions need which role is on the services.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.ADMIN_NAME, Role.EDITOR_NAME})
@ApplicationScoped
public class SecurityConfig {}
