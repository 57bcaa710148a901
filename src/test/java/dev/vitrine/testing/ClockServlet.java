package dev.vitrine.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/**
 * {@code POST /testing/clock?ahead=PT4S} moves the test server's {@link MovableClock} ahead, for tests that
 * drive the site from outside (a browser filling in a form a person takes seconds over). In the test WAR only.
 */
@WebServlet("/testing/clock")
public class ClockServlet extends HttpServlet {

    @Inject
    private MovableClock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        clock.moveAhead(Duration.parse(request.getParameter("ahead")));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
