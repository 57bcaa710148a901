package dev.vitrine.views.service;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts by key that are waiting to be written: added to from many threads, taken off once written. */
final class PendingCounts<K> {

    private final Map<K, AtomicLong> counts = new ConcurrentHashMap<>();

    /** Adds one; returns the key's new pending count, which no other increment also returns. */
    long increment(K key) {
        return counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** Takes one back (a view counted and then refused): the count may go below zero, and is written so. */
    void decrement(K key) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).decrementAndGet();
    }

    long get(K key) {
        AtomicLong count = counts.get(key);
        return count == null ? 0 : count.get();
    }

    /** What is pending now; more may arrive while it is being written. */
    Map<K, Long> snapshot() {
        Map<K, Long> snapshot = new HashMap<>();
        counts.forEach((key, count) -> {
            long sum = count.get();
            if (sum != 0) {
                snapshot.put(key, sum);
            }
        });
        return snapshot;
    }

    /**
     * Takes {@code amount} off a key once it is written. Callers make sure no increment runs at the same
     * time, or an increment could land on an entry this removes.
     */
    void subtract(K key, long amount) {
        AtomicLong count = counts.get(key);
        if (count.addAndGet(-amount) == 0) {
            counts.remove(key);
        }
    }
}
