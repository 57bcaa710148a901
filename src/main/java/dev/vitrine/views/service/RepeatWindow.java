package dev.vitrine.views.service;

import dev.vitrine.cluster.service.Grid;
import dev.vitrine.cluster.service.LocalGrid;
import dev.vitrine.views.entity.DropReason;
import dev.vitrine.views.entity.ViewedItem;
import java.time.Clock;
import java.time.Duration;

/**
 * Remembers who viewed what in the last 30 minutes, so that a visitor reloading a page counts once, and
 * how many views each address gave each item, so that one client can't count many times by changing its
 * user agent: at most {@link #PER_ADDRESS} per address and item in a window (a family or an office behind
 * one address still counts a few times). The memory is the {@link Grid}'s: this JVM's alone, or shared by
 * every instance of the site, so that a visitor bouncing between instances counts once per window.
 *
 * <p>Memory is bounded twice. A view that can't count (its address used its views of the item) is not
 * remembered at all, so one address holds at most {@link #PER_ADDRESS} visitors and as many address
 * claims per item, whatever it sends. And the grid itself is bounded ({@link LocalGrid#MAX_CLAIMS}): when
 * it is full the oldest claims give way, so a flood from many addresses never stops other visitors from
 * being counted (at worst someone remembered early in the flood counts once more).
 */
public class RepeatWindow {

    public static final Duration WINDOW = Duration.ofMinutes(30);
    public static final int PER_ADDRESS = 3;

    private final Grid grid;

    public RepeatWindow(Grid grid) {
        this.grid = grid;
    }

    /** A window of this JVM alone (tests). */
    RepeatWindow(Clock clock) {
        this(new LocalGrid(clock));
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
        if (grid.isClaimed(visit)) {
            return DropReason.REPEAT;
        }
        // The address's place first: a view past its limit leaves nothing behind to fill the memory.
        for (int slot = 1; slot <= PER_ADDRESS; slot++) {
            if (grid.claim("address " + itemKey + " " + address + " " + slot, WINDOW)) {
                // Lost only to the same visitor's request at the same moment: that one counted.
                return grid.claim(visit, WINDOW) ? null : DropReason.REPEAT;
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
}
