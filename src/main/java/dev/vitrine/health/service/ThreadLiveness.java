package dev.vitrine.health.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive (MicroProfile Health, {@code /health/live}): no threads are deadlocked, the one state a restart
 * mends. It never asks the database: an instance whose database is away is not ready, but restarting it
 * would not help. UP or DOWN only: the answer is public.
 */
@Liveness
@ApplicationScoped
public class ThreadLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("threads")
                .status(ManagementFactory.getThreadMXBean().findDeadlockedThreads() == null)
                .build();
    }
}
