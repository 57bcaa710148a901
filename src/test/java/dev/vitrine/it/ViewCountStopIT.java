package dev.vitrine.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.db.DatabaseSettings;
import dev.vitrine.testing.Browserless;
import dev.vitrine.testing.Deployments;
import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Views still pending when the server stops reach the database. The server here writes counts only once an
 * hour, so every view of this test is pending at the stop; the next start must show them all. The steps
 * share one server, so they run in order; each asserts.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViewCountStopIT {

    private static final String ARTICLE = "news/new-year-holiday-opening-hours";
    private static final Pattern VIEWS = Pattern.compile("点击:(\\d+)");
    private static final int VIEWS_WHILE_UP = 25;

    @Deployment(name = "hourly", managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    static WebArchive deployment() {
        return Deployments.vitrine();
    }

    private static final String CONTAINER = "micro-hourly-view-writes";

    @ArquillianResource
    ContainerController containers;

    @ArquillianResource
    Deployer deployer;

    private static long before;
    private static URL first;

    private static long shownCount(Browserless visitor) {
        Matcher matcher =
                VIEWS.matcher(visitor.page(ARTICLE).selectFirst(".meta .views").text());
        assertTrue(matcher.find());
        return Long.parseLong(matcher.group(1));
    }

    @Test
    @Order(1)
    void start() {
        containers.start(CONTAINER);
        deployer.deploy("hourly");
        assertTrue(containers.isStarted(CONTAINER));
    }

    @Test
    @Order(2)
    @OperateOnDeployment("hourly")
    void viewWithEveryViewPending(@ArquillianResource URL url) {
        first = url;
        before = shownCount(new Browserless(url));
        for (int i = 0; i < VIEWS_WHILE_UP; i++) {
            assertEquals(before + i + 1, shownCount(new Browserless(url)));
        }
    }

    @Test
    @Order(3)
    void stopAndStartAgain() {
        deployer.undeploy("hourly");
        await("the server stopped")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> isClosed(first));
        await("the stopped server let go of the database")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(250))
                .until(ViewCountStopIT::databaseOpens);
        deployer.deploy("hourly");
        assertTrue(containers.isStarted(CONTAINER));
    }

    @Test
    @Order(4)
    @OperateOnDeployment("hourly")
    void everyPendingViewWasWrittenAtTheStop(@ArquillianResource URL url) {
        try {
            assertEquals(before + VIEWS_WHILE_UP + 1, shownCount(new Browserless(url)));
        } finally {
            deployer.undeploy("hourly");
            containers.stop(CONTAINER);
        }
    }

    /** Whether this process can open the server's database: an embedded one is locked until its server let go. */
    private static boolean databaseOpens() {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        try (Connection connection =
                DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            return true;
        } catch (SQLException stillInUse) {
            return false;
        }
    }

    private static boolean isClosed(URL url) {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            return false;
        } catch (IOException refused) {
            return true;
        }
    }
}
