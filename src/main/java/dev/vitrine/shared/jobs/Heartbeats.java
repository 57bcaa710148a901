package dev.vitrine.shared.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each periodic job of this instance last ran to its end, and whether one is late: a job that stopped
 * running (its thread died, its scheduler was cancelled, a run hangs) is seen by its missing beats, which
 * no error message would show. A job beats on every run, whether or not it had work to do there: on an
 * instance that is not the leader the run that finds nothing to do is the beat.
 */
public final class Heartbeats {

    private record Beat(Duration lateAfter, Instant last) {}

    private final Clock clock;
    private final Map<String, Beat> beats = new ConcurrentHashMap<>();

    public Heartbeats(Clock clock) {
        this.clock = clock;
    }

    /** From now on {@code job} is expected to beat at least every {@code lateAfter}. */
    public void expect(String job, Duration lateAfter) {
        beats.put(job, new Beat(lateAfter, clock.instant()));
    }

    /** Like {@link #expect}, unless the job is expected already (its last beat stays). */
    public void expectOnce(String job, Duration lateAfter) {
        beats.putIfAbsent(job, new Beat(lateAfter, clock.instant()));
    }

    /** {@code job} ran to its end just now. */
    public void beat(String job) {
        Instant now = clock.instant();
        beats.computeIfPresent(job, (name, beat) -> new Beat(beat.lateAfter(), now));
    }

    /** The jobs whose last beat is older than they are allowed, by name. */
    public List<String> late() {
        Instant now = clock.instant();
        return beats.entrySet().stream()
                .filter(job -> Duration.between(job.getValue().last(), now)
                                .compareTo(job.getValue().lateAfter())
                        > 0)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }
}
