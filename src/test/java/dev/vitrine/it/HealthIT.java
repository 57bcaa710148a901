package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.Browserless;
import dev.vitrine.testing.EveryServer;
import dev.vitrine.testing.Http11;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a load balancer asks (MicroProfile Health): live, and ready with the database answering, every
 * migration applied and the periodic jobs running; UP or DOWN only, since anyone may ask. (Not ready while the database is away: {@code DatabaseOutageIT}.) Payara only: the
 * WildFly configuration the tests use has no MicroProfile.
 */
@EveryServer
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @ArquillianResource
    URL base;

    /** The server's own address: the health endpoints are the server's, beside the application. */
    private Browserless visitor() {
        try {
            return new Browserless(new URL(base, "/"));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void liveAndReadyWithTheDatabaseAndThePeriodicJobs() {
        HttpResponse<String> ready = visitor().get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject readiness = Json.createReader(new StringReader(ready.body())).readObject();
        assertEquals("UP", readiness.getString("status"));
        for (String name : List.of("database", "jobs")) {
            JsonObject check = readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("name").equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + " missing: " + ready.body()));
            assertEquals("UP", check.getString("status"), name);
        }

        HttpResponse<String> live = visitor().get("health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"threads\""), live.body());
    }

    /** Issue 20: the schema version, pending migrations, members and leader were anyone's to read. */
    @Test
    void healthSaysUpOrDownAndNothingMore() {
        for (String path : List.of("health", "health/ready", "health/live")) {
            HttpResponse<String> answer = visitor().get(path);
            assertEquals(200, answer.statusCode(), path);
            for (String detail : List.of("schemaVersion", "pendingMigrations", "members", "leader", "error")) {
                assertFalse(answer.body().contains(detail), path + " tells " + detail + ": " + answer.body());
            }
            JsonObject health =
                    Json.createReader(new StringReader(answer.body())).readObject();
            for (JsonObject check : health.getJsonArray("checks").getValuesAs(JsonObject.class)) {
                assertTrue(Set.of("name", "status", "data").containsAll(check.keySet()), answer.body());
                // Payara writes an empty "data" for a check that has none.
                assertTrue(
                        !check.containsKey("data")
                                || check.getJsonObject("data").isEmpty(),
                        answer.body());
            }
        }
    }

    /** The details are there for staff and for this machine, and for nobody else. */
    @Test
    void theDetailsAreForThisMachineAloneOrStaff() throws Exception {
        HttpResponse<String> outsider = new Browserless(base).get("status");
        assertEquals(404, outsider.statusCode(), "a visitor, through the proxy: " + outsider.body());

        HttpResponse<String> local = Http11.client()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + base.getPort() + new URL(base, "status").getPath()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, local.statusCode(), local.body());
        JsonObject status = Json.createReader(new StringReader(local.body())).readObject();
        assertTrue(status.getString("schemaVersion").matches("\\d+"), local.body());
        assertEquals(0, status.getInt("pendingMigrations"), local.body());
        assertEquals(1, status.getInt("members"), local.body());
        assertTrue(status.getBoolean("leader"), local.body());
        assertEquals(0, status.getJsonArray("lateJobs").size(), local.body());
    }
}
