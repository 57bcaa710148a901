package dev.vitrine.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.BrowserlessStaff;
import dev.vitrine.testing.Deployments;
import dev.vitrine.testing.ServerOutput;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lost admin password, recovered by starting the site with {@code VITRINE_RESET_PASSWORD_FOR} and
 * {@code VITRINE_ADMIN_PASSWORD} (README, "Lost the admin password?"), given here as the system properties of
 * the same names (the containers micro-admin-password-* in arquillian.xml). Two instances on one PostgreSQL
 * database: the first is started the same way with the password that is then lost, and the admin signs in
 * there; the second is started with a new one. Runs in the PostgreSQL leg; the steps share the servers, so
 * they run in order; each asserts.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PasswordRecoveryIT {

    private static final String ADMIN = "admin";
    private static final String LOST = "the-password-now-lost";
    private static final String RECOVERED = "recovered-at-start-2026";
    private static final String FIRST = "micro-admin-password-lost";
    private static final String SECOND = "micro-admin-password-reset";

    @Deployment(name = "first", managed = false, testable = false)
    @TargetsContainer(FIRST)
    static WebArchive first() {
        return Deployments.vitrine();
    }

    @Deployment(name = "second", managed = false, testable = false)
    @TargetsContainer(SECOND)
    static WebArchive second() {
        return Deployments.vitrine();
    }

    @ArquillianResource
    ContainerController containers;

    @ArquillianResource
    Deployer deployer;

    /** Each URL parameter names its deployment: with two servers up, Arquillian picks none by itself. */
    private static URL firstUrl;

    /** Signed in on the first instance with the password that is then lost. */
    private static BrowserlessStaff before;

    private static ServerOutput secondLog;

    @Test
    @Order(1)
    void theFirstInstanceStarts() {
        containers.start(FIRST);
        deployer.deploy("first");
        assertTrue(containers.isStarted(FIRST));
    }

    @Test
    @Order(2)
    void theAdminSignsInThereWithThePasswordThatIsThenLost(@ArquillianResource @OperateOnDeployment("first") URL url) {
        firstUrl = url;
        before = new BrowserlessStaff(url);
        assertTrue(before.signIn(ADMIN, LOST));
        assertTrue(before.isSignedIn());
    }

    @Test
    @Order(3)
    void theSecondStartsWithTheVariableAndLogsItWithoutThePassword() {
        secondLog = ServerOutput.capture();
        containers.start(SECOND);
        deployer.deploy("second");
        assertTrue(containers.isStarted(SECOND));
        await("the recovery's log line")
                .atMost(Duration.ofSeconds(30))
                .until(() -> secondLog.text().contains("VITRINE_RESET_PASSWORD_FOR: 'admin' is an enabled admin"));
        String log = secondLog.text();
        assertTrue(log.contains("its other sessions are over"), log);
        assertTrue(log.contains("Remove VITRINE_RESET_PASSWORD_FOR now: while it is set, every start sets this"), log);
        assertFalse(log.contains(RECOVERED), "the new password is nowhere in the server log");
    }

    @Test
    @Order(4)
    void theAdminSignsInWithTheNewPasswordOnlyAndTheAuditLogSaysSo(
            @ArquillianResource @OperateOnDeployment("second") URL url) {
        assertFalse(new BrowserlessStaff(url).signIn(ADMIN, LOST), "the lost password no longer works");
        BrowserlessStaff admin = new BrowserlessStaff(url);
        assertTrue(admin.signIn(ADMIN, RECOVERED));
        HttpResponse<String> audit = admin.get("admin/audit/log");
        assertEquals(200, audit.statusCode());
        List<List<String>> rows = Jsoup.parse(audit.body()).select("tbody tr").stream()
                // A cell's own text: without the column title PrimeFaces may put in it for small screens.
                .map(row -> row.select("td").stream().map(Element::ownText).toList())
                .toList();
        assertTrue(
                rows.stream()
                        .anyMatch(cells -> cells.size() == 4
                                && cells.get(1).equals("system")
                                && cells.get(2).startsWith("找回管理员账号 用户 ") // RECOVER_ADMIN USER, in words
                                && cells.get(3).equals("admin: new password (VITRINE_RESET_PASSWORD_FOR at start)")),
                rows.toString());
        assertFalse(audit.body().contains(RECOVERED) || audit.body().contains(LOST), "no password in the audit log");
    }

    @Test
    @Order(5)
    void onTheFirstInstanceTheOldSessionIsOverAndTheNewPasswordWorks() {
        try {
            assertFalse(before.isSignedIn(), "signed in with the lost password: signed out by the next request");
            assertTrue(new BrowserlessStaff(firstUrl).signIn(ADMIN, RECOVERED));
        } finally {
            if (secondLog != null) {
                secondLog.close();
            }
            try {
                deployer.undeploy("second");
                containers.stop(SECOND);
            } finally {
                deployer.undeploy("first");
                containers.stop(FIRST);
            }
        }
    }
}
