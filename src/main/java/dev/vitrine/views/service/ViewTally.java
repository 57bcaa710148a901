package dev.vitrine.views.service;

import dev.vitrine.views.entity.DropReason;
import dev.vitrine.views.entity.ViewedItem;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;

/**
 * Views counted in memory and not yet written, and each item's count: what the database holds plus what
 * is pending. Recording a view takes no database round trip (but the first, which learns the stored count).
 *
 * <p>Writing happens in two steps: {@link #pending()} takes a snapshot to write, and once the database has
 * it, {@link #written} moves those views from pending to the known totals in one step, so a page never
 * shows a view twice or not at all. If the write fails, nothing moves and the views are tried again.
 */
public class ViewTally {

    /** The views of one item on one day (in the shop's time zone). */
    public record Key(ViewedItem item, LocalDate day) {}

    /** The requests not counted on one day for one reason. */
    public record DropKey(LocalDate day, DropReason reason) {}

    /** What to write: views per item and day, and dropped requests per day and reason. */
    public record Batch(Map<Key, Long> views, Map<DropKey, Long> drops) {

        public static final Batch EMPTY = new Batch(Map.of(), Map.of());

        public boolean isEmpty() {
            return views.isEmpty() && drops.isEmpty();
        }
    }

    private final PendingCounts<Key> pending = new PendingCounts<>();
    private final PendingCounts<ViewedItem> pendingByItem = new PendingCounts<>();
    private final PendingCounts<DropKey> drops = new PendingCounts<>();
    private final Map<ViewedItem, Long> written = new ConcurrentHashMap<>();
    /** Readers: recording and reading counts. Writer: moving written views out of pending. */
    private final ReadWriteLock moving = new ReentrantReadWriteLock();

    /**
     * Records one view and returns the item's count including it.
     *
     * @param stored reads the item's count from the database, the first time the item is seen
     */
    public long record(ViewedItem item, LocalDate day, LongSupplier stored) {
        written.computeIfAbsent(item, i -> stored.getAsLong());
        moving.readLock().lock();
        try {
            pending.increment(new Key(item, day));
            // Under the read lock the written total can't move, so this sum is this view's own number.
            return written.get(item) + pendingByItem.increment(item);
        } finally {
            moving.readLock().unlock();
        }
    }

    /** The item's count without recording a view. */
    public long current(ViewedItem item, LongSupplier stored) {
        written.computeIfAbsent(item, i -> stored.getAsLong());
        moving.readLock().lock();
        try {
            return written.get(item) + pendingByItem.get(item);
        } finally {
            moving.readLock().unlock();
        }
    }

    /**
     * Takes back a view recorded on {@code day} that turned out not to count (see {@link
     * RepeatWindow#confirm}): if it was written already, the next write takes it off again.
     */
    public void takeBack(ViewedItem item, LocalDate day, DropReason reason) {
        moving.readLock().lock();
        try {
            pending.decrement(new Key(item, day));
            pendingByItem.decrement(item);
            drops.increment(new DropKey(day, reason));
        } finally {
            moving.readLock().unlock();
        }
    }

    /** Records a request that did not count. */
    public void drop(LocalDate day, DropReason reason) {
        moving.readLock().lock();
        try {
            drops.increment(new DropKey(day, reason));
        } finally {
            moving.readLock().unlock();
        }
    }

    /** A snapshot of what is not yet written, to hand to the database. */
    public Batch pending() {
        return new Batch(pending.snapshot(), drops.snapshot());
    }

    /**
     * The stored counts as they are now, with what other instances of the site wrote: the items this tally
     * knows take them. Only after this instance's own written views are stored (they are in the totals).
     */
    public void stored(Map<ViewedItem, Long> totals) {
        moving.writeLock().lock();
        try {
            written.replaceAll((item, known) -> totals.getOrDefault(item, known));
        } finally {
            moving.writeLock().unlock();
        }
    }

    /** The database now holds {@code batch} (from {@link #pending()}): move it out of pending. */
    public void written(Batch batch) {
        moving.writeLock().lock();
        try {
            batch.views().forEach((key, views) -> {
                pending.subtract(key, views);
                pendingByItem.subtract(key.item(), views);
                written.merge(key.item(), views, Long::sum);
            });
            batch.drops().forEach(drops::subtract);
        } finally {
            moving.writeLock().unlock();
        }
    }
}
