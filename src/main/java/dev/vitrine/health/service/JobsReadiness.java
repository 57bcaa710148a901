package dev.vitrine.health.service;

import dev.vitrine.shared.jobs.Jobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while this instance's periodic work runs (MicroProfile Health, {@code /health/ready}): the
 * view count writes, the mail sender, the scheduled items and the clean-ups. An instance whose jobs stopped
 * still serves pages, but its counts, mail and scheduled articles no longer move, which a restart mends.
 * Which jobs are late goes to the log, not to the public answer.
 */
@Readiness
@ApplicationScoped
public class JobsReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(JobsReadiness.class.getName());

    @Inject
    private Jobs jobs;

    /** What was late at the last check, so the log says each change once, not at every poll. */
    private volatile List<String> lastLate = List.of();

    @Override
    public HealthCheckResponse call() {
        List<String> late = jobs.late();
        if (!late.equals(lastLate)) {
            lastLate = late;
            LOG.warning(late.isEmpty() ? "Every periodic job runs again" : "Periodic jobs late: " + late);
        }
        return HealthCheckResponse.named("jobs").status(late.isEmpty()).build();
    }
}
