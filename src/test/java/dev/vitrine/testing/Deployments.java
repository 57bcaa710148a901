package dev.vitrine.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one place that builds what the integration tests deploy: the real WAR, as the build made it. */
public final class Deployments {

    private Deployments() {}

    /** {@code target/vitrine.war}, plus the given test classes for tests that run inside the server. */
    public static WebArchive vitrine(Class<?>... testClasses) {
        File war = new File("target/vitrine.war");
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first: " + war.getAbsolutePath() + " is missing");
        }
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.addClasses(testClasses);
        return archive;
    }

    /**
     * The WAR with a test that runs inside the server and calls services in the staff roles
     * ({@link RunAsEditor}, {@link RunAsAdmin}; Payara maps their roles with the run-as descriptors), and
     * Awaitility (with Hamcrest) to wait there.
     */
    public static WebArchive withStaffRoles(Class<?>... testClasses) {
        return vitrine(testClasses)
                .addClasses(RunAsEditor.class, RunAsAdmin.class)
                .addAsWebInfResource("run-as/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("run-as/glassfish-web.xml", "glassfish-web.xml")
                .addPackages(true, "org.awaitility", "org.hamcrest");
    }
}
