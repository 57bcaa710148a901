package dev.vitrine.metrics.web;

import dev.vitrine.shared.metrics.Metrics;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** At undeploy, the JVM lets go of the metrics registry (it listens to garbage collections), and so of the WAR. */
@WebListener
public class MetricsShutdown implements ServletContextListener {

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Metrics.close();
    }
}
