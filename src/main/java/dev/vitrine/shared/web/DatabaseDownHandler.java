package dev.vitrine.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Turns "the database can't be reached" into a 503 with the friendly page, instead of a 500: the visitor
 * learns it is temporary, and crawlers come back later. Every other exception goes on as before.
 */
public class DatabaseDownHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(DatabaseDownHandler.class.getName());

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DatabaseDownHandler(getWrapped().getExceptionHandler());
        }
    }

    public DatabaseDownHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable exception = events.next().getContext().getException();
            if (isDatabaseDown(exception) && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                LOG.warning(() -> "Database unreachable, answering 503: " + rootMessage(exception));
                try {
                    faces.getExternalContext().responseSendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, null);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }

    /** Whether a connection-level SQL error (SQLState class 08) or a refused connection is behind it. */
    public static boolean isDatabaseDown(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause instanceof ConnectException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
