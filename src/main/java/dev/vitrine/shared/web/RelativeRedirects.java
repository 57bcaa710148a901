package dev.vitrine.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Redirects whose {@code Location} is the path as given, never made absolute with the request's Host
 * header (which anybody can set): the container's {@code sendRedirect} would build
 * {@code http://<Host>/...}. A Faces ajax request is told in the partial response it understands.
 */
public final class RelativeRedirects extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    RelativeRedirects(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        send(request, (HttpServletResponse) getResponse(), location);
    }

    /** Redirects to a path of this site (absolute path, starting with the context path). */
    public static void send(HttpServletRequest request, HttpServletResponse response, String location)
            throws IOException {
        response.resetBuffer();
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + location.replace("&", "&amp;")
                                    .replace("\"", "&quot;")
                                    .replace("<", "&lt;")
                            + "\"/></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
    }
}
