package dev.vitrine.shared.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.HandClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a failing run does to the next: nothing. */
class JobsTest {

    private final HandClock clock = new HandClock();
    private final Heartbeats heartbeats = new Heartbeats(clock);
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final Logger jobsLog = Logger.getLogger(Jobs.class.getName());
    private Level level;

    @BeforeEach
    void quiet() {
        level = jobsLog.getLevel();
        jobsLog.setLevel(Level.OFF); // the failures below are on purpose
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        jobsLog.setLevel(level);
    }

    /** A periodic task that throws is never run again; one that runs surviving goes on. */
    @Test
    void runsAfterAnOutOfMemoryErrorAndAnExceptionStillHappen() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        Runnable failingTwice = () -> {
            int run = runs.incrementAndGet();
            third.countDown();
            if (run == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            if (run == 2) {
                throw new IllegalStateException("database away");
            }
        };
        ScheduledFuture<?> job = executor.scheduleWithFixedDelay(
                Jobs.surviving("test", heartbeats, failingTwice), 0, 1, TimeUnit.MILLISECONDS);
        assertTrue(third.await(30, TimeUnit.SECONDS), "a third run came after the Error and the exception");
        assertFalse(job.isDone(), "still scheduled");
    }

    @Test
    void withoutSurvivingTheErrorEndsTheScheduleForGood() throws Exception {
        ScheduledFuture<?> job = executor.scheduleWithFixedDelay(
                () -> {
                    throw new OutOfMemoryError("Java heap space");
                },
                0,
                1,
                TimeUnit.MILLISECONDS);
        Throwable ended = assertThrows(ExecutionException.class, () -> job.get(30, TimeUnit.SECONDS));
        assertTrue(ended.getCause() instanceof OutOfMemoryError, "what the guard is for");
    }

    @Test
    void aRunEndingInAnErrorDoesNotBeatAndOneEndingInAnExceptionDoes() {
        heartbeats.expect("job", Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));
        Jobs.surviving("job", heartbeats, () -> {
                    throw new OutOfMemoryError();
                })
                .run();
        assertEquals(List.of("job"), heartbeats.late(), "an Error is no sign of life");
        Jobs.surviving("job", heartbeats, () -> {
                    throw new IllegalStateException("database away");
                })
                .run();
        assertEquals(List.of(), heartbeats.late(), "the job goes on; the database's own check says it is away");
    }
}
