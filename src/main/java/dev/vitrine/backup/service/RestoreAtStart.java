package dev.vitrine.backup.service;

import dev.vitrine.shared.config.VitrineConfig;
import dev.vitrine.shared.db.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A start with {@code VITRINE_RESTORE_FROM=<archive>} restores that backup into the empty database before
 * anything else touches it ({@link SchemaMigrations} waits for this, and the first admin and the demo content
 * wait for that: both find the restored site and do nothing). Refused, it says why in one SEVERE line and the
 * application does not start, as when the database can't be reached: nothing runs on top of a database that is
 * not what the operator asked for.
 */
@Singleton
@Startup
@PermitAll
public class RestoreAtStart {

    static final String VARIABLE = "VITRINE_RESTORE_FROM";

    private static final Logger LOG = Logger.getLogger(RestoreAtStart.class.getName());

    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    private DataSource dataSource;

    /** Outside a transaction: Flyway and the load commit by themselves. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void restoreIfAsked() {
        Optional<String> from = VitrineConfig.get(VARIABLE);
        if (from.isEmpty()) {
            return;
        }
        Path archive = Path.of(from.get()).toAbsolutePath();
        Path media = VitrineConfig.mediaDirectory();
        LOG.info(() -> VARIABLE + ": restoring " + archive + " into the database, media into " + media);
        try {
            SiteRestore.Result result = new SiteRestore(dataSource, media).restore(archive);
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
