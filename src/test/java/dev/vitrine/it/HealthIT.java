package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.Browserless;
import dev.vitrine.testing.Deployments;
import dev.vitrine.testing.EveryServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a load balancer asks (MicroProfile Health): live, and ready with the database answering and every
 * migration applied. (Not ready while the database is away: {@code DatabaseOutageIT}.) Payara only: the
 * WildFly configuration the tests use has no MicroProfile.
 */
@EveryServer
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.vitrine();
    }

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
    void liveAndReadyWithTheSchemaVersion() {
        HttpResponse<String> ready = visitor().get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject readiness = Json.createReader(new StringReader(ready.body())).readObject();
        assertEquals("UP", readiness.getString("status"));
        JsonObject database = readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(ready.body()));
        assertEquals("UP", database.getString("status"));
        // Payara writes the data's numbers as strings.
        assertEquals(
                "0",
                database.getJsonObject("data")
                        .get("pendingMigrations")
                        .toString()
                        .replace("\"", ""),
                ready.body());
        assertTrue(database.getJsonObject("data").getString("schemaVersion").matches("\\d+"), ready.body());

        HttpResponse<String> live = visitor().get("health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"threads\""), live.body());
    }
}
