package dev.vitrine.mail.service;

import dev.vitrine.mail.entity.MailStatus;
import dev.vitrine.shared.metrics.Metrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The outbox's metrics (docs/metrics.md): mails waiting and given up on, counted in the database when
 * scraped (the outbox is shared by every instance: these are the site's), and the tries this instance made.
 */
@ApplicationScoped
public class MailMetrics {

    @Inject
    private Outbox outbox;

    private final MeterRegistry registry = Metrics.registry();
    private Counter sent;
    private Counter failedTries;

    @PostConstruct
    void start() {
        Gauge.builder("vitrine.mail.waiting", this, metrics -> metrics.count(MailStatus.PENDING))
                .description("Mails in the outbox waiting for their first or next try (the whole site)")
                .register(registry);
        Gauge.builder("vitrine.mail.failed", this, metrics -> metrics.count(MailStatus.FAILED))
                .description("Mails given up on after the last try, until retried or deleted (the whole site)")
                .register(registry);
        sent = Counter.builder("vitrine.mail.sent")
                .description("Mails this instance handed to the SMTP server")
                .register(registry);
        failedTries = Counter.builder("vitrine.mail.tries.failed")
                .description("Tries this instance made that the SMTP server refused or couldn't take")
                .register(registry);
    }

    /** Registers the meters when the application starts, not at the first mail. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing is enough: it creates this bean.
    }

    void sent() {
        sent.increment();
    }

    void tryFailed() {
        failedTries.increment();
    }

    /** NaN while the database doesn't answer: the scrape still shows everything else. */
    private double count(MailStatus status) {
        try {
            return outbox.count(status);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
