package dev.vitrine.views.web;

import dev.vitrine.views.service.ViewCounter;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Writes pending views when the application stops. The counter's own {@code @PreDestroy} does so too, but
 * Payara Micro does not call it when it is stopped with SIGTERM or Ctrl+C; it does end the web module.
 */
@WebListener
public class ViewCountShutdown implements ServletContextListener {

    @Inject
    private ViewCounter counter;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        counter.writeAtStop();
    }
}
