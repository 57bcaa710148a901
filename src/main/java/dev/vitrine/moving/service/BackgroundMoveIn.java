package dev.vitrine.moving.service;

import dev.vitrine.account.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import on a thread of its own, as the admin who asked (an import of thousands of pages takes minutes:
 * longer than a page waits for an answer), in one transaction that may last longer than the server's default.
 * WildFly ends a transaction after 300 s, and an old DedeCMS site of 30,000 articles takes longer than that to
 * bring in (10,000 took 150 s here): the transaction is begun here, with a timeout of its own.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class BackgroundMoveIn {

    private static final Logger LOG = Logger.getLogger(BackgroundMoveIn.class.getName());

    /** How long an import may take before its transaction is rolled back. */
    private static final int TIMEOUT_SECONDS = 2 * 60 * 60;

    @Resource
    private UserTransaction transaction;

    @Inject
    private MoveInService moving;

    /** Brings an upload in, and closes the upload when done; a failure saves nothing. */
    @Asynchronous
    public Future<MoveInReport> run(MoveInUpload upload, boolean fetchMissing, MoveInProgress progress) {
        try (upload) {
            transaction.setTransactionTimeout(TIMEOUT_SECONDS);
            transaction.begin();
            MoveInReport report = moving.run(upload.site(), upload.pictures(fetchMissing), progress);
            transaction.commit();
            return CompletableFuture.completedFuture(report);
        } catch (RuntimeException failed) {
            throw rolledBack(failed);
        } catch (Exception failed) {
            throw rolledBack(new IllegalStateException("the import's transaction failed: " + failed, failed));
        } finally {
            defaultTimeout();
        }
    }

    private RuntimeException rolledBack(RuntimeException failed) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | RuntimeException e) {
            failed.addSuppressed(e);
        }
        return failed;
    }

    /** The server's own timeout again for what this pooled thread begins next. */
    private void defaultTimeout() {
        try {
            transaction.setTransactionTimeout(0);
        } catch (SystemException e) {
            LOG.log(Level.WARNING, "the transaction timeout could not be set back to the server's", e);
        }
    }
}
