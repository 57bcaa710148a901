package dev.vitrine.shared;

import jakarta.ejb.ApplicationException;

/** A rule of the business was broken; the message key says which, in the user's language. */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusinessException(String messageKey) {
        super(messageKey);
    }

    /** The key of the message in the {@code messages} bundle. */
    public String getMessageKey() {
        return getMessage();
    }
}
