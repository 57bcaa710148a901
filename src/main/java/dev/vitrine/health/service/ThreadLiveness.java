package dev.vitrine.health.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive (MicroProfile Health, {@code /health/live}): no threads are deadlocked, the one state a restart
 * mends. It never asks the database: an instance whose database is away is not ready, but restarting it
 * would not help. UP or DOWN only: the answer is public; the deadlocked threads go to the log, once.
 */
@Liveness
@ApplicationScoped
public class ThreadLiveness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ThreadLiveness.class.getName());

    private volatile boolean logged;

    @Override
    public HealthCheckResponse call() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] deadlocked = threads.findDeadlockedThreads();
        if (deadlocked != null && !logged) {
            logged = true;
            LOG.severe("Deadlocked threads (restart this instance):\n"
                    + Arrays.stream(threads.getThreadInfo(deadlocked, true, true))
                            .map(ThreadLiveness::describe)
                            .collect(Collectors.joining("\n")));
        }
        return HealthCheckResponse.named("threads").status(deadlocked == null).build();
    }

    private static String describe(ThreadInfo thread) {
        return thread.getThreadName() + " waits for " + thread.getLockName() + " held by "
                + thread.getLockOwnerName() + "\n"
                + Arrays.stream(thread.getStackTrace())
                        .map(frame -> "    at " + frame)
                        .collect(Collectors.joining("\n"));
    }
}
