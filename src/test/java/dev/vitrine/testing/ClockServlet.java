package dev.vitrine.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * The test server's {@link MovableClock} for tests that drive the site from outside: {@code GET /testing/clock}
 * tells the shop's time now, {@code POST /testing/clock?ahead=PT4S} moves it ahead (a browser filling in a form a
 * person takes seconds over). In the test WAR only.
 */
@WebServlet("/testing/clock")
public class ClockServlet extends HttpServlet {

    @Inject
    private MovableClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write(clock.now().toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        clock.moveAhead(Duration.parse(request.getParameter("ahead")));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
