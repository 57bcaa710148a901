package dev.vitrine.views.service;

import dev.vitrine.views.entity.DropReason;
import dev.vitrine.views.entity.ViewedItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers who viewed what in the last 30 minutes, so that a visitor reloading a page counts once, and
 * how many views each address gave each item, so that one client can't count many times by changing its
 * user agent: at most {@link #PER_ADDRESS} per address and item in a window (a family or an office behind
 * one address still counts a few times). Memory is bounded: past {@link #MAX_VISITS} remembered visits a
 * view from someone not remembered is not counted (a flood of made-up visitors must not inflate counts;
 * at 30 minutes a visit, the bound is 110 new visitor-item pairs a second, far beyond a small company's
 * site). Kept in this JVM's memory; with several servers behind a load balancer this is the part to share.
 */
public class RepeatWindow {

    public static final Duration WINDOW = Duration.ofMinutes(30);
    public static final int PER_ADDRESS = 3;
    public static final int MAX_VISITS = 200_000;

    private record Visit(String visitor, ViewedItem item) {}

    /** The views an address gave an item since {@code since}. */
    private record Given(Instant since, int views) {}

    private final Clock clock;
    private final int maxVisits;
    private final Map<Visit, Instant> lastCounted = new ConcurrentHashMap<>();
    private final Map<Visit, Given> byAddress = new ConcurrentHashMap<>();

    public RepeatWindow(Clock clock) {
        this(clock, MAX_VISITS);
    }

    RepeatWindow(Clock clock, int maxVisits) {
        this.clock = clock;
        this.maxVisits = maxVisits;
    }

    /**
     * Whether this view counts, and records it if so.
     *
     * @param visitor who it is (address and user agent)
     * @param address where it comes from
     * @return {@code null} if it counts, else why not: a repeat within the window, or past a limit
     */
    public DropReason judge(String visitor, String address, ViewedItem item) {
        Instant now = clock.instant();
        DropReason[] verdict = {null};
        lastCounted.compute(new Visit(visitor, item), (visit, last) -> {
            if (last != null && now.isBefore(last.plus(WINDOW))) {
                verdict[0] = DropReason.REPEAT;
                return last;
            }
            if ((last == null && lastCounted.size() >= maxVisits) || !takeFromAddress(address, item, now)) {
                verdict[0] = DropReason.LIMIT;
                return last;
            }
            return now;
        });
        return verdict[0];
    }

    private boolean takeFromAddress(String address, ViewedItem item, Instant now) {
        boolean[] taken = {false};
        byAddress.compute(new Visit(address, item), (key, given) -> {
            if (given == null || !now.isBefore(given.since().plus(WINDOW))) {
                taken[0] = true;
                return new Given(now, 1);
            }
            if (given.views() < PER_ADDRESS) {
                taken[0] = true;
                return new Given(given.since(), given.views() + 1);
            }
            return given;
        });
        return taken[0];
    }

    /** Forgets visits older than the window; called regularly so memory stays bounded by recent traffic. */
    public void forgetExpired() {
        Instant cutoff = clock.instant().minus(WINDOW);
        lastCounted.values().removeIf(last -> !last.isAfter(cutoff));
        byAddress.values().removeIf(given -> !given.since().isAfter(cutoff));
    }

    int size() {
        return lastCounted.size();
    }
}
