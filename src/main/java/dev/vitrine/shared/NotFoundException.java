package dev.vitrine.shared;

import jakarta.ejb.ApplicationException;

/** Something asked for by id or slug does not exist (or is not visible to the asker). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
