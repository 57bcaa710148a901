package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.Browserless;
import dev.vitrine.testing.Deployments;
import dev.vitrine.testing.TcpProxy;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * The database goes away while the site runs, and comes back. Vitrine reaches PostgreSQL through a relay
 * this test cuts (see the micro-via-proxy container in arquillian.xml); runs in the PostgreSQL leg.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final String CONTAINER = "micro-via-proxy";
    private static final TcpProxy PROXY = new TcpProxy(25432, 5432);

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
    void start() throws Exception {
        PROXY.start();
        containers.start(CONTAINER);
        deployer.deploy("proxied");
    }

    @Test
    @Order(2)
    @OperateOnDeployment("proxied")
    void visitorsGetA503WhileTheDatabaseIsAwayAndTheSiteBackWhenItReturns(@ArquillianResource URL url)
            throws Exception {
        try {
            assertEquals(200, new Browserless(url).get("news").statusCode());

            PROXY.cut();
            HttpResponse<String> away = new Browserless(url).get("news");
            assertEquals(503, away.statusCode(), away.body());
            assertTrue(away.body().contains("网站正在维护"), away.body());

            PROXY.start();
            int status = 0;
            for (int i = 0; i < 30 && status != 200; i++) {
                Thread.sleep(1_000);
                status = new Browserless(url).get("news").statusCode();
            }
            assertEquals(200, status, "the site recovers by itself");
        } finally {
            deployer.undeploy("proxied");
            containers.stop(CONTAINER);
            PROXY.close();
        }
    }
}
