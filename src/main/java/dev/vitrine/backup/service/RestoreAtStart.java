package dev.vitrine.backup.service;

import dev.vitrine.shared.config.VitrineConfig;
import dev.vitrine.shared.db.BeforeMigration;
import dev.vitrine.shared.db.SchemaMigrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A start with {@code VITRINE_RESTORE_FROM=<archive>} restores that backup into the empty database before
 * anything else touches it: {@link SchemaMigrations} asks just before it migrates ({@link BeforeMigration}), and the
 * first admin and the demo content wait for the migration: both find the restored site and do nothing. (An event
 * rather than {@code @DependsOn}: Payara took a third link in the start-up chain for a cycle.) Refused, it says
 * why in one SEVERE line and the application does not start, as when the database can't be reached: nothing runs
 * on top of a database that is not what the operator asked for.
 */
@ApplicationScoped
public class RestoreAtStart {

    static final String VARIABLE = "VITRINE_RESTORE_FROM";

    private static final Logger LOG = Logger.getLogger(RestoreAtStart.class.getName());

    /** Called outside a transaction (as the migration): Flyway and the load commit by themselves. */
    void restoreIfAsked(@Observes BeforeMigration start) {
        Optional<String> from = VitrineConfig.get(VARIABLE);
        if (from.isEmpty()) {
            return;
        }
        Path archive = Path.of(from.get()).toAbsolutePath();
        Path media = VitrineConfig.mediaDirectory();
        LOG.info(() -> VARIABLE + ": restoring " + archive + " into the database, media into " + media);
        try {
            SiteRestore.Result result = new SiteRestore(start.dataSource(), media).restore(archive);
            LOG.info(() -> VARIABLE + ": restored " + archive + ": " + result.describe() + ". Remove " + VARIABLE
                    + " before the next start.");
        } catch (RestoreException refused) {
            String line = VARIABLE + "=" + archive + ": not restored, " + refused.getMessage() + "."
                    + (refused.wroteSomething() ? "" : " Nothing was written.")
                    + " Vitrine does not start. (A site restored before? Remove " + VARIABLE + " and start again.)";
            LOG.severe(line);
            throw new IllegalStateException(line, refused);
        }
    }
}
