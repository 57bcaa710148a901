package dev.vitrine.metrics.web;

import dev.vitrine.shared.metrics.Metrics;
import dev.vitrine.shared.web.OperatorAccess;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * This instance's metrics in the Prometheus text format, for a signed-in admin or a scraper presenting
 * {@code VITRINE_OPERATOR_TOKEN} ({@link OperatorAccess}); 404 for everyone else, as if there were nothing
 * here. What each number means: docs/metrics.md.
 */
@WebServlet("/operator/metrics")
public class OperatorMetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Whatever the method: a 405 to a stranger's POST would tell that something is here. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!OperatorAccess.allows(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        super.service(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Written whole first: a meter that fails half-way must not leave a scraper half an answer.
        ByteArrayOutputStream text = new ByteArrayOutputStream(32 * 1024);
        Metrics.scrape(text);
        response.setContentType(Metrics.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(text.size());
        text.writeTo(response.getOutputStream());
    }
}
