package dev.vitrine.moving.service;

import dev.vitrine.account.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.concurrent.Future;

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

    @Inject
    private BackgroundMoveIn background;

    public MoveInReport plan(SourceSite site, Pictures pictures) {
        return moving.plan(site, pictures);
    }

    /** The import on a thread of its own (see {@link BackgroundMoveIn}). */
    public Future<MoveInReport> runInBackground(MoveInUpload upload, boolean fetchMissing, MoveInProgress progress) {
        return background.run(upload, fetchMissing, progress);
    }
}
