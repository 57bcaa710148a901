package dev.vitrine.moving.service;

import dev.vitrine.account.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * An import asked for by the operator's script ({@code /operator/move-in} with the operator's token), which
 * signs in as nobody: it runs in the ADMIN role, and the audit log calls it system (Payara's run-as principal,
 * mapped in {@code glassfish-ejb-jar.xml}). The servlet lets only the operator and signed-in admins get here.
 */
@Stateless
@PermitAll
@RunAs(Role.ADMIN_NAME)
public class OperatorMoveIn {

    @Inject
    private MoveInService moving;

    public MoveInReport plan(SourceSite site, Pictures pictures) {
        return moving.plan(site, pictures);
    }

    public MoveInReport run(SourceSite site, Pictures pictures, MoveInProgress progress) {
        return moving.run(site, pictures, progress);
    }
}
