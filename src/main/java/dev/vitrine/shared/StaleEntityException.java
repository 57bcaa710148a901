package dev.vitrine.shared;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same item since it was loaded; saving now would silently undo their change. */
@ApplicationException(rollback = true)
public class StaleEntityException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StaleEntityException() {
        super("error.stale");
    }
}
