package dev.vitrine.testing;

import jakarta.inject.Inject;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment a leg's test classes share (the Arquillian suite extension deploys it before the first
 * class and undeploys it after the last; arquillian.xml names this class): one server start per leg instead of
 * one per class. It holds the real WAR and every integration test that runs inside the server, found here (a
 * class of {@code dev.vitrine.it} that injects something), so a new one can't be left out.
 */
public final class SuiteDeployment {

    private static final String TESTS = "dev.vitrine.it";

    private SuiteDeployment() {}

    @Deployment
    public static WebArchive deployment() {
        return Deployments.withStaffRoles(inServerTests())
                .addClasses(
                        TestImages.class, MovableClock.class, ClockServlet.class, Http11.class, PrometheusText.class)
                .addPackages(true, "com.icegreen.greenmail", "org.slf4j");
    }

    static Class<?>[] inServerTests() {
        File folder = new File("target/test-classes/" + TESTS.replace('.', '/'));
        String[] names = folder.list((dir, name) -> name.endsWith("IT.class"));
        if (names == null) {
            throw new IllegalStateException("No compiled integration tests in " + folder.getAbsolutePath());
        }
        List<Class<?>> tests = new ArrayList<>();
        for (String name : names) {
            Class<?> test = load(TESTS + "." + name.substring(0, name.length() - ".class".length()));
            if (Arrays.stream(test.getDeclaredFields()).anyMatch(field -> field.isAnnotationPresent(Inject.class))) {
                tests.add(test);
            }
        }
        return tests.toArray(Class<?>[]::new);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SuiteDeployment.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
