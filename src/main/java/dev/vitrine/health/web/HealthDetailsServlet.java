package dev.vitrine.health.web;

import dev.vitrine.account.entity.Role;
import dev.vitrine.health.service.HealthDetails;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What {@code /health} keeps from the public, as JSON at {@code /status}, for those who run the site: a
 * signed-in staff member, or a request from this machine itself that no proxy forwarded (a proxy on the
 * same machine forwards every visitor from 127.0.0.1, always with {@code X-Forwarded-For}). Anyone else
 * gets 404, as if there were nothing here.
 */
@WebServlet("/status")
public class HealthDetailsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Set<String> THIS_MACHINE = Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

    @Inject
    private transient HealthDetails health;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!mayKnow(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HealthDetails.Details details = health.details();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("members", details.members())
                .add("leader", details.leader())
                .add("lateJobs", Json.createArrayBuilder(details.lateJobs()));
        if (details.schema() != null) {
            json.add("pendingMigrations", details.schema().pendingMigrations());
            if (details.schema().version() != null) {
                json.add("schemaVersion", details.schema().version());
            }
        } else {
            json.add("database", "no answer");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.build().toString());
    }

    static boolean mayKnow(HttpServletRequest request) {
        boolean local = THIS_MACHINE.contains(request.getRemoteAddr())
                && request.getHeader("X-Forwarded-For") == null
                && request.getHeader("Forwarded") == null;
        return local || request.isUserInRole(Role.ADMIN_NAME) || request.isUserInRole(Role.EDITOR_NAME);
    }
}
