package dev.vitrine.backup.service;

import dev.vitrine.audit.service.AuditService;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.config.VitrineConfig;
import dev.vitrine.shared.db.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Site exports, one at a time on an instance (each reads the whole database and media folder), each in the audit
 * log. Who may ask is checked by the caller ({@code OperatorAccess}: a signed-in admin or the operator's token,
 * which has no role to check here), hence {@code PermitAll}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    @Resource(lookup = SchemaMigrations.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private AuditService audit;

    @Inject
    private ShopClock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Thrown when an export is asked for while another runs. */
    public static class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("A backup is being written already; try again when it is done.");
        }
    }

    /**
     * Writes the archive to {@code out}, outside any transaction of the container (the export reads in one of its
     * own, a read-only snapshot); {@code by} says in the audit log how the caller got in.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Manifest export(OutputStream out, String vitrineVersion, String by) throws Busy, IOException, SQLException {
        if (!running.compareAndSet(false, true)) {
            throw new Busy();
        }
        try {
            Manifest manifest = new SiteExport(
                            dataSource, VitrineConfig.mediaDirectory(), vitrineVersion, clock.asClock())
                    .writeTo(out);
            String summary = "Backup (" + by + "): " + manifest.rows() + " rows in "
                    + manifest.tables().size() + " tables, " + manifest.mediaFiles() + " media files, schema version "
                    + manifest.schemaVersion();
            audit.record("EXPORT_BACKUP", "SITE", null, summary);
            LOG.info(summary);
            return manifest;
        } catch (IOException | SQLException | RuntimeException e) {
            audit.record("EXPORT_BACKUP", "SITE", null, "Backup (" + by + ") failed: " + e.getMessage());
            throw e;
        } finally {
            running.set(false);
        }
    }
}
