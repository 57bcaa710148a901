package dev.vitrine.views.service;

import dev.vitrine.cluster.service.Grid;
import dev.vitrine.cluster.service.LocalGrid;
import dev.vitrine.views.entity.DropReason;
import dev.vitrine.views.entity.ViewedItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Remembers who viewed what in the last 30 minutes, so that a visitor reloading a page counts once, and
 * how many visitors each address gave each item, so that one client can't count many times by changing its
 * user agent: at most {@link #PER_ADDRESS} visitors per address and item in a window (a family or an office
 * behind one address still counts a few times).
 *
 * <p>One entry per item and address holds that address's counted visitors (one line each: the visitor, {@code @},
 * the time of the counted view in milliseconds), so a view is judged in one step (two for a second visitor at
 * the same address).
 *
 * <p>On one instance the entries are this JVM's. On several, each instance judges a view by what it saw itself,
 * at once, and the views it counts are confirmed with the grid the instances share in the background, in the
 * next write round ({@link #confirm}): a view the grid refuses (the visitor was counted on another instance in
 * the window, or its address used its views there) is taken back before it is written. A request never waits
 * for the grid, and every view is still judged by what all instances saw. Past {@link #MAX_UNCONFIRMED} views
 * waiting, a view is asked of the grid at once instead.
 *
 * <p>Memory is bounded twice. A view that can't count is not remembered at all, so an address holds at most
 * {@link #PER_ADDRESS} visitors per item, whatever it sends. And the grid itself is bounded ({@link
 * LocalGrid#MAX_CLAIMS}): when it is full the oldest entries give way, so a flood from many addresses never
 * stops other visitors from being counted (at worst someone remembered early in the flood counts once more).
 */
public class RepeatWindow {

    public static final Duration WINDOW = Duration.ofMinutes(30);
    public static final int PER_ADDRESS = 3;

    /** Views counted here and waiting for the grid's word, at most (about 150 bytes each). */
    public static final int MAX_UNCONFIRMED = 50_000;

    /** Tries of a change that other instances keep changing first, before the view is let go uncounted. */
    private static final int TRIES = 5;

    /** A view this instance counted, to be confirmed with the grid the instances share. */
    private record Unconfirmed(String visitor, String address, ViewedItem item, Instant at) {}

    /** A view counted here that the shared grid refused, and why. */
    public record Refused(ViewedItem item, Instant at, DropReason reason) {}

    private final Clock clock;

    /** What this JVM saw. */
    private final LocalGrid here;

    /** What all instances saw; {@code null} alone. */
    private final Grid shared;

    private final Queue<Unconfirmed> unconfirmed = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();

    public RepeatWindow(Grid grid, Clock clock) {
        this.clock = clock;
        this.here = grid instanceof LocalGrid local ? local : new LocalGrid(clock);
        this.shared = grid instanceof LocalGrid ? null : grid;
    }

    /** A window of this JVM alone (tests). */
    RepeatWindow(Clock clock) {
        this(new LocalGrid(clock), clock);
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
        DropReason drop = judge(here, visitor, address, item, now);
        if (drop != null || shared == null) {
            return drop;
        }
        if (waiting.incrementAndGet() <= MAX_UNCONFIRMED) {
            unconfirmed.add(new Unconfirmed(visitor, address, item, now));
            return null;
        }
        waiting.decrementAndGet();
        return judge(shared, visitor, address, item, now);
    }

    /**
     * Confirms the views counted here since the last call with the grid the instances share (nothing alone).
     *
     * @return the views it refused, to be taken back
     */
    public List<Refused> confirm() {
        List<Refused> refused = new ArrayList<>();
        for (int left = waiting.get(); left > 0; left--) {
            Unconfirmed view = unconfirmed.poll();
            if (view == null) {
                break;
            }
            waiting.decrementAndGet();
            DropReason reason = judge(shared, view.visitor(), view.address(), view.item(), view.at());
            if (reason != null) {
                refused.add(new Refused(view.item(), view.at(), reason));
            }
        }
        return refused;
    }

    private static DropReason judge(Grid grid, String visitor, String address, ViewedItem item, Instant now) {
        String key = "views " + item.getKind() + ":" + item.getItemId() + " " + address;
        String mine = visitor + "@" + now.toEpochMilli();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            String standing = grid.putIfAbsent(key, mine, WINDOW);
            if (standing == null) {
                return null;
            }
            List<String> within = new ArrayList<>();
            for (String entry : standing.split("\n")) {
                int at = entry.lastIndexOf('@');
                Instant seen = Instant.ofEpochMilli(Long.parseLong(entry.substring(at + 1)));
                if (now.isBefore(seen.plus(WINDOW))) {
                    if (entry.substring(0, at).equals(visitor)) {
                        return DropReason.REPEAT;
                    }
                    within.add(entry);
                }
            }
            if (within.size() >= PER_ADDRESS) {
                return DropReason.LIMIT;
            }
            within.add(mine);
            if (grid.replace(key, standing, String.join("\n", within), WINDOW)) {
                return null;
            }
        }
        return DropReason.LIMIT;
    }

    /** Forgets visits older than the window where this JVM keeps them. */
    public void forgetExpired() {
        here.forgetExpired();
    }
}
