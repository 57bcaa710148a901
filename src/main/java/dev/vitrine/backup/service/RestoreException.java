package dev.vitrine.backup.service;

/**
 * A restore that did not happen, with the reason in words for the operator. {@link #wroteSomething()} says
 * whether the database was touched before the reason showed (only a fault of the database itself, after every
 * check of the archive passed, can do that).
 */
public class RestoreException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean wroteSomething;

    public RestoreException(String message, boolean wroteSomething, Throwable cause) {
        super(message, cause);
        this.wroteSomething = wroteSomething;
    }

    public RestoreException(String message) {
        this(message, false, null);
    }

    public boolean wroteSomething() {
        return wroteSomething;
    }
}
