package dev.vitrine.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends a page request with an error status; the container then shows the friendly error page. */
public final class Responses {

    private Responses() {}

    public static void notFound() {
        sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    public static void badRequest() {
        sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    public static void tooManyRequests() {
        sendError(429);
    }

    private static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
