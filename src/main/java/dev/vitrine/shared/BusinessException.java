package dev.vitrine.shared;

import jakarta.ejb.ApplicationException;

/** A rule of the business was broken; the message key says which, in the user's language. */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What the message names ({@code {0}}, {@code {1}}...): a file, a line. */
    private final Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The key of the message in the {@code messages} bundle. */
    public String getMessageKey() {
        return getMessage();
    }
}
