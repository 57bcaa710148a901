package dev.vitrine.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.Browserless;
import dev.vitrine.testing.Deployments;
import dev.vitrine.testing.TcpProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database is not there yet when the site starts; later it goes away while the site runs, and comes back.
 * Vitrine reaches PostgreSQL through a relay this test controls (see the micro-via-proxy container in
 * arquillian.xml); runs in the PostgreSQL leg. The steps share the server, so they run in order; each asserts.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final String CONTAINER = "micro-via-proxy";
    private static final int PROXY_PORT = 25432;
    private static final TcpProxy PROXY =
            new TcpProxy(PROXY_PORT, System.getProperty("it.postgresql.host", "127.0.0.1:5432"));

    @Deployment(name = "proxied", managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    static WebArchive deployment() {
        return Deployments.vitrine();
    }

    @ArquillianResource
    ContainerController containers;

    @ArquillianResource
    Deployer deployer;

    @Test
    @Order(1)
    void theSiteWaitsAtItsStartForADatabaseThatIsStillComingUp() throws Exception {
        CompletableFuture<Void> databaseUp = refuseOneConnectionThenRelay();
        containers.start(CONTAINER);
        deployer.deploy("proxied");
        assertTrue(databaseUp.isDone(), "Vitrine was refused once before the database came up");
        databaseUp.get(0, TimeUnit.SECONDS);
    }

    /** The relay's port hangs up on the first connection, as a database still starting would; then relays. */
    private static CompletableFuture<Void> refuseOneConnectionThenRelay() throws IOException {
        ServerSocket refusing = new ServerSocket();
        refusing.setReuseAddress(true);
        refusing.bind(new InetSocketAddress("127.0.0.1", PROXY_PORT));
        return CompletableFuture.runAsync(() -> {
            try (refusing;
                    Socket attempt = refusing.accept()) {
                // hung up at once
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                PROXY.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    @Order(2)
    @OperateOnDeployment("proxied")
    void theSiteServesOnceItsDatabaseCameUp(@ArquillianResource URL url) {
        assertEquals(200, new Browserless(url).get("news").statusCode());
    }

    @Test
    @Order(3)
    @OperateOnDeployment("proxied")
    void whileTheDatabaseIsAwayCachedPagesAreServedOthersAre503AndTheSiteComesBack(@ArquillianResource URL url)
            throws Exception {
        try {
            PROXY.cut();
            HttpResponse<String> cached = new Browserless(url).get("news");
            assertEquals(200, cached.statusCode(), "a page rendered before is still served from memory");
            HttpResponse<String> away = new Browserless(url).get("products");
            assertEquals(503, away.statusCode(), away.body());
            assertTrue(away.body().contains("网站正在维护"), away.body());
            HttpResponse<String> notReady = new Browserless(new URL(url, "/")).get("health/ready");
            assertEquals(503, notReady.statusCode(), "a load balancer takes it out: " + notReady.body());
            assertTrue(notReady.body().contains("\"database\""), notReady.body());
            assertEquals(
                    200,
                    new Browserless(new URL(url, "/")).get("health/live").statusCode(),
                    "alive: a restart won't help");

            PROXY.start();
            await("the site recovers by itself")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> new Browserless(url).get("products").statusCode() == 200);
            await("ready again")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> new Browserless(new URL(url, "/"))
                                    .get("health/ready")
                                    .statusCode()
                            == 200);
        } finally {
            deployer.undeploy("proxied");
            containers.stop(CONTAINER);
            PROXY.close();
        }
    }
}
