package dev.vitrine.shared;

import jakarta.ejb.ApplicationException;

/** Another item of the same kind already has this slug (its address). */
@ApplicationException(rollback = true)
public class DuplicateSlugException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateSlugException() {
        super("error.duplicateSlug");
    }
}
