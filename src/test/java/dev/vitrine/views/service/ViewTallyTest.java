package dev.vitrine.views.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.views.entity.DropReason;
import dev.vitrine.views.entity.ViewedItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ViewTallyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private final ViewTally tally = new ViewTally();
    private final ViewedItem item = ViewedItem.article(7);
    private final AtomicInteger storeReads = new AtomicInteger();

    private long stored() {
        storeReads.incrementAndGet();
        return 327;
    }

    @Test
    void aViewShowsTheStoredCountPlusItself() {
        assertEquals(328, tally.record(item, DAY, this::stored));
        assertEquals(329, tally.record(item, DAY, this::stored));
        assertEquals(1, storeReads.get(), "the database is asked once per item, not per view");
    }

    @Test
    void pendingViewsAreBatchedPerItemAndDay() {
        tally.record(item, DAY, this::stored);
        tally.record(item, DAY, this::stored);
        tally.record(item, DAY.plusDays(1), this::stored);
        tally.drop(DAY, DropReason.BOT);
        ViewTally.Batch batch = tally.pending();
        assertEquals(
                Map.of(new ViewTally.Key(item, DAY), 2L, new ViewTally.Key(item, DAY.plusDays(1)), 1L), batch.views());
        assertEquals(Map.of(new ViewTally.DropKey(DAY, DropReason.BOT), 1L), batch.drops());
    }

    @Test
    void aViewTakenBackLeavesTheCountAndIsTakenOffTheStoreIfItWasWrittenAlready() {
        tally.record(item, DAY, this::stored);
        tally.record(item, DAY, this::stored);
        tally.takeBack(item, DAY, DropReason.REPEAT);
        assertEquals(328, tally.current(item, this::stored));
        assertEquals(Map.of(new ViewTally.Key(item, DAY), 1L), tally.pending().views(), "one of two");
        assertEquals(
                Map.of(new ViewTally.DropKey(DAY, DropReason.REPEAT), 1L),
                tally.pending().drops());
        tally.written(tally.pending());
        tally.takeBack(item, DAY, DropReason.REPEAT);
        assertEquals(Map.of(new ViewTally.Key(item, DAY), -1L), tally.pending().views(), "the written one, off again");
        assertEquals(327, tally.current(item, this::stored));
    }

    @Test
    void writtenViewsLeavePendingButStayInTheCount() {
        tally.record(item, DAY, this::stored);
        ViewTally.Batch batch = tally.pending();
        tally.record(item, DAY, this::stored);
        tally.written(batch);
        assertEquals(Map.of(new ViewTally.Key(item, DAY), 1L), tally.pending().views(), "the view after the snapshot");
        assertEquals(329, tally.current(item, this::stored));
    }

    @Test
    void aFailedWriteKeepsEverythingPendingForTheNextOne() {
        tally.record(item, DAY, this::stored);
        tally.drop(DAY, DropReason.REPEAT);
        ViewTally.Batch failed = tally.pending();
        // the write failed: written() is not called
        tally.record(item, DAY, this::stored);
        ViewTally.Batch next = tally.pending();
        assertEquals(2L, next.views().get(new ViewTally.Key(item, DAY)));
        assertEquals(1L, next.drops().get(new ViewTally.DropKey(DAY, DropReason.REPEAT)));
        assertEquals(failed.views().size(), next.views().size());
        tally.written(next);
        assertTrue(tally.pending().isEmpty());
        assertEquals(329, tally.current(item, this::stored));
    }

    @Test
    void concurrentViewsAndWritesLoseNothingAndNeverShowAViewTwice() throws Exception {
        int threads = 8;
        int viewsEach = 20_000;
        AtomicBoolean running = new AtomicBoolean(true);
        long[] stored = {0};
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        Future<?> writer = pool.submit(() -> {
            while (running.get()) {
                ViewTally.Batch batch = tally.pending();
                stored[0] += batch.views().values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
                tally.written(batch);
            }
        });
        List<Future<List<Long>>> readers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            readers.add(pool.submit(() -> {
                List<Long> shown = new ArrayList<>();
                for (int v = 0; v < viewsEach; v++) {
                    shown.add(tally.record(item, DAY, () -> 0));
                }
                return shown;
            }));
        }
        Set<Long> allShown = new HashSet<>();
        for (Future<List<Long>> reader : readers) {
            allShown.addAll(reader.get());
        }
        running.set(false);
        writer.get();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

        long total = (long) threads * viewsEach;
        ViewTally.Batch rest = tally.pending();
        stored[0] += rest.views().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(total, stored[0], "every view was handed to the database exactly once");
        assertEquals(total, allShown.size(), "each view showed a number of its own");
        assertEquals(total, tally.current(item, () -> 0));
    }

    @Test
    void storedTotalsFromOtherInstancesReplaceWhatThisOneKnewItsPendingViewsStillAdded() {
        ViewTally tally = new ViewTally();
        ViewedItem item = ViewedItem.article(1);
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertEquals(11, tally.record(item, day, () -> 10));
        tally.written(tally.pending());
        assertEquals(12, tally.record(item, day, () -> 99));
        tally.stored(Map.of(item, 50L, ViewedItem.product(9), 7L));
        assertEquals(51, tally.current(item, () -> 99), "the others' views and this one's pending view");
        assertEquals(7, tally.current(ViewedItem.product(9), () -> 7), "an item not known before is read as usual");
    }
}
