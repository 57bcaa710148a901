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
}
