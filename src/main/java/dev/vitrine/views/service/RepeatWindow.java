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

/**
 * Remembers who viewed what in the last 30 minutes, so that a visitor reloading a page counts once, and
 * how many visitors each address gave each item, so that one client can't count many times by changing its
 * user agent: at most {@link #PER_ADDRESS} visitors per address and item in a window (a family or an office
 * behind one address still counts a few times). The memory is the {@link Grid}'s: this JVM's alone, or shared
 * by every instance of the site, so that a visitor bouncing between instances counts once per window.
 *
 * <p>One entry per item and address holds that address's counted visitors (one line each: the visitor, {@code @},
 * the time of the counted view in milliseconds), so a
 * view is judged in one step of the grid (two for a second visitor at the same address). On an instance of
 * several, what the grid answered about a visitor is also kept in this JVM until the visit's window ends, so
 * the repeats that come back to the same instance (a load balancer that keeps visitors on one) ask the grid
 * nothing.
 *
 * <p>Memory is bounded twice. A view that can't count is not remembered at all, so an address holds at most
 * {@link #PER_ADDRESS} visitors per item, whatever it sends. And the grid itself is bounded ({@link
 * LocalGrid#MAX_CLAIMS}): when it is full the oldest entries give way, so a flood from many addresses never
 * stops other visitors from being counted (at worst someone remembered early in the flood counts once more).
 */
public class RepeatWindow {

    public static final Duration WINDOW = Duration.ofMinutes(30);
    public static final int PER_ADDRESS = 3;

    /** Tries of a change that other instances keep changing first, before the view is let go uncounted. */
    private static final int TRIES = 5;

    private final Grid grid;
    private final Clock clock;

    /** What this JVM learnt of the grid's visits (none if the grid is this JVM's). */
    private final LocalGrid known;

    public RepeatWindow(Grid grid, Clock clock) {
        this.grid = grid;
        this.clock = clock;
        this.known = grid instanceof LocalGrid ? null : new LocalGrid(clock);
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
        String itemKey = item.getKind() + ":" + item.getItemId();
        String visit = "visit " + itemKey + " " + visitor;
        if (known != null && known.isClaimed(visit)) {
            return DropReason.REPEAT;
        }
        String key = "views " + itemKey + " " + address;
        Instant now = clock.instant();
        String mine = visitor + "@" + now.toEpochMilli();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            String standing = grid.putIfAbsent(key, mine, WINDOW);
            if (standing == null) {
                return counted(visit, now);
            }
            List<String> within = new ArrayList<>();
            for (String entry : standing.split("\n")) {
                int at = entry.lastIndexOf('@');
                Instant seen = Instant.ofEpochMilli(Long.parseLong(entry.substring(at + 1)));
                if (now.isBefore(seen.plus(WINDOW))) {
                    if (entry.substring(0, at).equals(visitor)) {
                        remember(visit, seen);
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
                return counted(visit, now);
            }
        }
        return DropReason.LIMIT;
    }

    private DropReason counted(String visit, Instant now) {
        remember(visit, now);
        return null;
    }

    private void remember(String visit, Instant seen) {
        if (known != null) {
            Duration left = Duration.between(clock.instant(), seen.plus(WINDOW));
            if (!left.isNegative() && !left.isZero()) {
                known.putIfAbsent(visit, "", left);
            }
        }
    }

    /** Forgets visits older than the window where this JVM keeps them. */
    public void forgetExpired() {
        if (grid instanceof LocalGrid local) {
            local.forgetExpired();
        }
        if (known != null) {
            known.forgetExpired();
        }
    }
}
