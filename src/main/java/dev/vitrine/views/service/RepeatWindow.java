package dev.vitrine.views.service;

import dev.vitrine.cluster.service.Grid;
import dev.vitrine.cluster.service.LocalGrid;
import dev.vitrine.views.entity.DropReason;
import dev.vitrine.views.entity.ViewedItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers who viewed what in the last 30 minutes, so that a visitor reloading a page counts once, and
 * how many views each address gave each item, so that one client can't count many times by changing its
 * user agent: at most {@link #PER_ADDRESS} per address and item in a window (a family or an office behind
 * one address still counts a few times). The memory is the {@link Grid}'s: this JVM's alone, or shared by
 * every instance of the site, so that a visitor bouncing between instances counts once per window. Memory is
 * bounded: past {@link #MAX_VISITS} new visits in a window on one instance a view from someone not
 * remembered is not counted (a flood of made-up visitors must not inflate counts; at 30 minutes a visit,
 * the bound is 110 new visitor-item pairs a second, far beyond a small company's site).
 */
public class RepeatWindow {

    public static final Duration WINDOW = Duration.ofMinutes(30);
    public static final int PER_ADDRESS = 3;
    public static final int MAX_VISITS = 200_000;

    private static final int MINUTES = (int) WINDOW.toMinutes();

    private final Clock clock;
    private final Grid grid;
    private final int maxVisits;

    /** New visits remembered in each of the window's minutes, and which minute each slot holds. */
    private final int[] admitted = new int[MINUTES];

    private final long[] minuteOf = new long[MINUTES];

    public RepeatWindow(Clock clock, Grid grid) {
        this(clock, grid, MAX_VISITS);
    }

    /** A window of this JVM alone (tests). */
    RepeatWindow(Clock clock) {
        this(clock, new LocalGrid(clock), MAX_VISITS);
    }

    RepeatWindow(Clock clock, int maxVisits) {
        this(clock, new LocalGrid(clock), maxVisits);
    }

    private RepeatWindow(Clock clock, Grid grid, int maxVisits) {
        this.clock = clock;
        this.grid = grid;
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
        String itemKey = item.getKind() + ":" + item.getItemId();
        String visit = "visit " + itemKey + " " + visitor;
        if (recent(now) >= maxVisits) {
            return grid.isClaimed(visit) ? DropReason.REPEAT : DropReason.LIMIT;
        }
        if (!grid.claim(visit, WINDOW)) {
            return DropReason.REPEAT;
        }
        admit(now);
        for (int slot = 1; slot <= PER_ADDRESS; slot++) {
            if (grid.claim("address " + itemKey + " " + address + " " + slot, WINDOW)) {
                return null;
            }
        }
        return DropReason.LIMIT;
    }

    /** Forgets visits older than the window where this JVM keeps them. */
    public void forgetExpired() {
        if (grid instanceof LocalGrid local) {
            local.forgetExpired();
        }
    }

    /** New visits remembered by this instance in the last 30 minutes. */
    synchronized int recent(Instant now) {
        long minute = now.getEpochSecond() / 60;
        int sum = 0;
        for (int i = 0; i < MINUTES; i++) {
            if (minuteOf[i] > minute - MINUTES) {
                sum += admitted[i];
            }
        }
        return sum;
    }

    private synchronized void admit(Instant now) {
        long minute = now.getEpochSecond() / 60;
        int slot = (int) (minute % MINUTES);
        if (minuteOf[slot] != minute) {
            minuteOf[slot] = minute;
            admitted[slot] = 0;
        }
        admitted[slot]++;
    }
}
