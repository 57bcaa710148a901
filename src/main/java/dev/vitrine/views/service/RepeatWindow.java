package dev.vitrine.views.service;

import dev.vitrine.views.entity.ViewedItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers who viewed what in the last 30 minutes, so that a visitor reloading a page counts once. Kept
 * in this JVM's memory; with several servers behind a load balancer this is the part to share.
 */
public class RepeatWindow {

    public static final Duration WINDOW = Duration.ofMinutes(30);

    private record Visit(String visitor, ViewedItem item) {}

    private final Clock clock;
    private final Map<Visit, Instant> lastCounted = new ConcurrentHashMap<>();

    public RepeatWindow(Clock clock) {
        this.clock = clock;
    }

    /** Whether this view counts: true unless the visitor had a counted view of the item within the window. */
    public boolean firstInWindow(String visitor, ViewedItem item) {
        Instant now = clock.instant();
        boolean[] counts = {false};
        lastCounted.compute(new Visit(visitor, item), (visit, last) -> {
            if (last == null || !now.isBefore(last.plus(WINDOW))) {
                counts[0] = true;
                return now;
            }
            return last;
        });
        return counts[0];
    }

    /** Forgets visits older than the window; called regularly so memory stays bounded by recent traffic. */
    public void forgetExpired() {
        Instant cutoff = clock.instant().minus(WINDOW);
        lastCounted.values().removeIf(last -> !last.isAfter(cutoff));
    }

    int size() {
        return lastCounted.size();
    }
}
