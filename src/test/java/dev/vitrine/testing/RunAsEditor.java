package dev.vitrine.testing;

import dev.vitrine.account.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Runs code whose EJB calls are made in the EDITOR role, for integration tests of the services' role checks.
 * Payara maps the run-as role to a principal of the same name ({@code run-as/glassfish-ejb-jar.xml}); a
 * top-level class, as WildFly takes no nested EJB classes.
 */
@Stateless
@PermitAll
@RunAs(Role.EDITOR_NAME)
public class RunAsEditor {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
