package dev.vitrine.testing;

import dev.vitrine.account.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Calls made as a staff member of a given role, for integration tests of the services' role checks.
 * Payara maps each run-as role to a principal of the same name ({@code glassfish-ejb-jar.xml} in the tests).
 */
public final class RunAs {

    private RunAs() {}

    /** Runs code whose EJB calls are made in the EDITOR role. */
    @Stateless(name = "RunAsEditor")
    @PermitAll
    @jakarta.annotation.security.RunAs(Role.EDITOR_NAME)
    public static class Editor {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }

    /** Runs code whose EJB calls are made in the ADMIN role. */
    @Stateless(name = "RunAsAdmin")
    @PermitAll
    @jakarta.annotation.security.RunAs(Role.ADMIN_NAME)
    public static class Admin {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }
}
