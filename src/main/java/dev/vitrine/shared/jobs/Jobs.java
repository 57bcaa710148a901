package dev.vitrine.shared.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs this instance's periodic work so that no failure stops it for good, and knows when a job is late
 * ({@link Heartbeats}, read by the readiness check).
 *
 * <p>Why not EJB timers: Payara runs every EJB timer of the server from one {@code java.util.Timer} thread
 * ("EJB Container Timer"), and a {@code java.util.Timer} whose thread dies of anything thrown (an {@code
 * OutOfMemoryError} while another thread filled the heap) is cancelled for good: view counts, mail and
 * scheduled items stopped until a restart. The server's managed scheduled executor is a thread pool: a dead
 * thread is replaced, and each run here catches what it throws, so one bad run never cancels the next.
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    private final Heartbeats heartbeats = new Heartbeats(Clock.systemUTC());
    private final List<Future<?>> scheduled = new CopyOnWriteArrayList<>();

    /**
     * Runs {@code work} every {@code interval} (after the previous run ended), from one interval from now
     * on; the job is late when no run ended for {@code lateAfter}.
     */
    public void every(String job, Duration interval, Duration lateAfter, Runnable work) {
        heartbeats.expect(job, lateAfter);
        long millis = interval.toMillis();
        scheduled.add(executor.scheduleWithFixedDelay(
                surviving(job, heartbeats, work), millis, millis, TimeUnit.MILLISECONDS));
    }

    /** Runs {@code work} once after {@code delay}, surviving it (no beat: a periodic run of the job beats). */
    public ScheduledFuture<?> once(String job, Duration delay, Runnable work) {
        return executor.schedule(surviving(job, null, work), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs one round of a job another scheduler starts (an EJB {@code @Schedule} of a stateless bean),
     * surviving it; late when no round ended for {@code lateAfter} since the first.
     */
    public void run(String job, Duration lateAfter, Runnable work) {
        heartbeats.expectOnce(job, lateAfter);
        surviving(job, heartbeats, work).run();
    }

    /** The jobs of this instance that are late, by name. */
    public List<String> late() {
        return heartbeats.late();
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(future -> future.cancel(false));
    }

    /**
     * {@code work} as a run that throws nothing: a periodic task that throws is never run again. An
     * exception (the database away) is logged and the run still beats, since the job itself goes on; an
     * {@code Error} is logged and does not beat, so a job that keeps failing that way turns late. Catching an
     * {@code Error} is safe here: each run starts from the state the last one left, and the worst it can do
     * is repeat a round (a view count write that committed just before an {@code OutOfMemoryError}).
     */
    static Runnable surviving(String job, Heartbeats heartbeats, Runnable work) {
        return () -> {
            try {
                work.run();
                beat(job, heartbeats);
            } catch (Exception e) {
                beat(job, heartbeats);
                log(Level.WARNING, job, e);
            } catch (Error e) { // NOSONAR: see above: the next run must happen
                log(Level.SEVERE, job, e);
            }
        };
    }

    private static void beat(String job, Heartbeats heartbeats) {
        if (heartbeats != null) {
            heartbeats.beat(job);
        }
    }

    /** Logs what a run threw; with the heap full logging may fail too, and the next run must still come. */
    private static void log(Level level, String job, Throwable thrown) {
        try {
            LOG.log(level, "A run of \"" + job + "\" failed; the next run comes as usual", thrown);
        } catch (Throwable alsoFailed) { // NOSONAR: nothing is left to tell
            // nothing more to do
        }
    }
}
