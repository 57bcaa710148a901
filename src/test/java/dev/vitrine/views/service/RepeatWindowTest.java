package dev.vitrine.views.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.cluster.service.Grid;
import dev.vitrine.cluster.service.LocalGrid;
import dev.vitrine.testing.HandClock;
import dev.vitrine.views.entity.DropReason;
import dev.vitrine.views.entity.ViewedItem;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RepeatWindowTest {

    private final HandClock clock = new HandClock();
    private final RepeatWindow window = new RepeatWindow(clock);
    private final ViewedItem article = ViewedItem.article(1);

    /** A visitor alone at its address. */
    private boolean counts(String visitor, ViewedItem item) {
        return window.judge(visitor, "address of " + visitor, item) == null;
    }

    @Test
    void theFirstViewCountsAndRepeatsWithinThirtyMinutesDoNot() {
        assertTrue(counts("alice", article));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(DropReason.REPEAT, window.judge("alice", "address of alice", article));
        clock.advance(Duration.ofMinutes(28).plusSeconds(59));
        assertFalse(counts("alice", article), "29:59 after the counted view");
    }

    @Test
    void thirtyMinutesAfterTheCountedViewItCountsAgain() {
        assertTrue(counts("alice", article));
        clock.advance(Duration.ofMinutes(20));
        assertFalse(counts("alice", article), "a repeat does not restart the window");
        clock.advance(Duration.ofMinutes(10));
        assertTrue(counts("alice", article));
    }

    @Test
    void otherVisitorsAndOtherItemsAreCountedApart() {
        assertTrue(counts("alice", article));
        assertTrue(counts("bob", article));
        assertTrue(counts("alice", ViewedItem.article(2)));
        assertTrue(counts("alice", ViewedItem.product(1)));
    }

    @Test
    void oneAddressCountsAFewTimesPerItemWhateverUserAgentItSends() {
        int counted = 0;
        for (int agent = 0; agent < 1000; agent++) {
            if (window.judge("10.0.0.1 with agent " + agent, "10.0.0.1", article) == null) {
                counted++;
            }
        }
        assertEquals(RepeatWindow.PER_ADDRESS, counted);
        assertEquals(DropReason.LIMIT, window.judge("10.0.0.1 with agent x", "10.0.0.1", article));
        assertTrue(window.judge("10.0.0.1 with agent 1", "10.0.0.1", ViewedItem.article(2)) == null, "another item");
        assertTrue(window.judge("10.0.0.2 with agent 1", "10.0.0.2", article) == null, "another address");
        clock.advance(RepeatWindow.WINDOW);
        assertTrue(window.judge("10.0.0.1 with agent y", "10.0.0.1", article) == null, "the next window");
    }

    /** The attack of issue 20: a new user agent on every request from one address, past the old bound. */
    @Test
    void twoHundredThousandUserAgentsFromOneAddressNeitherFillTheMemoryNorStopOthers() {
        LocalGrid grid = new LocalGrid(clock);
        RepeatWindow window = new RepeatWindow(grid, clock);
        int counted = 0;
        for (int agent = 0; agent < 200_001; agent++) {
            if (window.judge("10.0.0.1 with agent " + agent, "10.0.0.1", article) == null) {
                counted++;
            }
        }
        assertEquals(RepeatWindow.PER_ADDRESS, counted, "still at most three from one address");
        assertEquals(1, grid.size(), "one entry for the address and the item, nothing more");
        assertTrue(window.judge("10.0.0.2 with agent 1", "10.0.0.2", article) == null, "a new visitor counts");
        assertTrue(window.judge("10.0.0.3 with agent 1", "10.0.0.3", ViewedItem.product(7)) == null, "on any item");
    }

    @Test
    void aFullMemoryLetsTheOldestGiveWayAndKeepsCountingNewVisitors() {
        LocalGrid grid = new LocalGrid(clock, 1_000);
        RepeatWindow small = new RepeatWindow(grid, clock);
        for (int address = 0; address < 10_000; address++) {
            small.judge("visitor " + address, "address " + address, article);
        }
        assertTrue(grid.size() <= 1_000, "bounded: " + grid.size());
        assertTrue(
                small.judge("newcomer", "address of newcomer", article) == null, "counted though the memory is full");
        assertEquals(DropReason.REPEAT, small.judge("newcomer", "address of newcomer", article), "and remembered");
        assertEquals(DropReason.REPEAT, small.judge("visitor 9999", "address 9999", article), "recent ones stay");
    }

    @Test
    void aViewPastTheAddressLimitLeavesNothingBehind() {
        LocalGrid grid = new LocalGrid(clock);
        RepeatWindow window = new RepeatWindow(grid, clock);
        for (int agent = 0; agent < 3; agent++) {
            window.judge("agent " + agent, "10.0.0.1", article);
        }
        int held = grid.size();
        assertEquals(DropReason.LIMIT, window.judge("agent 3", "10.0.0.1", article));
        assertEquals(held, grid.size());
    }

    @Test
    void expiredVisitsAreForgotten() {
        LocalGrid grid = new LocalGrid(clock);
        RepeatWindow window = new RepeatWindow(grid, clock);
        window.judge("alice", "address of alice", article);
        clock.advance(Duration.ofMinutes(10));
        window.judge("bob", "address of bob", article);
        clock.advance(Duration.ofMinutes(25));
        window.forgetExpired();
        assertEquals(1, grid.size(), "alice's visit is 35 minutes old, bob's 25");
    }

    @Test
    void eachVisitorAtAnAddressHasAWindowOfItsOwn() {
        assertTrue(window.judge("alice", "10.0.0.1", article) == null);
        clock.advance(Duration.ofMinutes(20));
        assertTrue(window.judge("bob", "10.0.0.1", article) == null);
        clock.advance(Duration.ofMinutes(11));
        assertTrue(window.judge("alice", "10.0.0.1", article) == null, "31 minutes after alice's view");
        clock.advance(Duration.ofMinutes(14));
        assertEquals(DropReason.REPEAT, window.judge("bob", "10.0.0.1", article), "25 minutes after bob's");
        clock.advance(Duration.ofMinutes(5));
        assertTrue(window.judge("bob", "10.0.0.1", article) == null, "30 minutes after bob's");
    }

    @Test
    void anAddressThatUsedItsVisitorsCountsANewOneOnceTheFirstWindowEnds() {
        for (String visitor : new String[] {"a", "b", "c"}) {
            assertTrue(window.judge(visitor, "10.0.0.1", article) == null);
        }
        assertEquals(DropReason.LIMIT, window.judge("d", "10.0.0.1", article));
        clock.advance(RepeatWindow.WINDOW);
        assertTrue(window.judge("d", "10.0.0.1", article) == null);
    }

    /**
     * Two instances on one grid: each counts what it hasn't seen at once, without asking the grid, and the grid
     * then refuses the second instance's count of a visitor the first counted; repeats ask the grid nothing.
     */
    @Test
    void onSeveralInstancesAVisitorCountsOnceAndRequestsNeverWaitForTheGrid() {
        CountingGrid grid = new CountingGrid(new LocalGrid(clock));
        RepeatWindow first = new RepeatWindow(grid, clock);
        RepeatWindow second = new RepeatWindow(grid, clock);
        assertTrue(first.judge("alice", "10.0.0.1", article) == null);
        assertEquals(0, grid.steps, "judged by what the instance saw");
        assertEquals(List.of(), first.confirm(), "the grid agrees");
        clock.advance(Duration.ofSeconds(5));
        assertTrue(second.judge("alice", "10.0.0.1", article) == null, "new to the second instance");
        assertEquals(
                List.of(new RepeatWindow.Refused(article, clock.instant(), DropReason.REPEAT)),
                second.confirm(),
                "counted on the first");
        int asked = grid.steps;
        assertEquals(2, asked, "one step per view confirmed");
        for (int repeat = 0; repeat < 10; repeat++) {
            assertEquals(DropReason.REPEAT, first.judge("alice", "10.0.0.1", article));
            assertEquals(DropReason.REPEAT, second.judge("alice", "10.0.0.1", article));
        }
        assertEquals(List.of(), first.confirm());
        assertEquals(List.of(), second.confirm());
        assertEquals(asked, grid.steps, "repeats on an instance that saw the visit");
        clock.advance(RepeatWindow.WINDOW);
        assertTrue(second.judge("alice", "10.0.0.1", article) == null, "the next window");
        assertEquals(List.of(), second.confirm());
    }

    @Test
    void theAddressLimitHoldsOverAllInstances() {
        LocalGrid shared = new LocalGrid(clock);
        CountingGrid grid = new CountingGrid(shared);
        RepeatWindow first = new RepeatWindow(grid, clock);
        RepeatWindow second = new RepeatWindow(grid, clock);
        for (String visitor : new String[] {"a", "b", "c"}) {
            assertTrue(first.judge(visitor, "10.0.0.1", article) == null);
        }
        first.confirm();
        assertTrue(second.judge("d", "10.0.0.1", article) == null);
        assertEquals(DropReason.LIMIT, second.confirm().get(0).reason());
    }

    @Test
    void pastTheViewsWaitingForTheGridAViewIsAskedAtOnce() {
        CountingGrid grid = new CountingGrid(new LocalGrid(clock));
        RepeatWindow window = new RepeatWindow(grid, clock);
        for (int visitor = 0; visitor < RepeatWindow.MAX_UNCONFIRMED; visitor++) {
            window.judge("visitor " + visitor, "address " + visitor, article);
        }
        assertEquals(0, grid.steps);
        assertTrue(window.judge("one more", "address of one more", article) == null);
        assertEquals(1, grid.steps, "asked at once");
        assertEquals(List.of(), window.confirm());
        assertEquals(1 + RepeatWindow.MAX_UNCONFIRMED, grid.steps, "the rest in the write round");
        assertTrue(window.judge("and another", "address of another", article) == null);
        assertEquals(1 + RepeatWindow.MAX_UNCONFIRMED, grid.steps, "waiting again");
    }

    /** A grid standing for several instances' shared one: counts the steps asked of it. */
    private static final class CountingGrid implements Grid {
        private final LocalGrid shared;
        int steps;

        CountingGrid(LocalGrid shared) {
            this.shared = shared;
        }

        @Override
        public String putIfAbsent(String key, String value, Duration ttl) {
            steps++;
            return shared.putIfAbsent(key, value, ttl);
        }

        @Override
        public boolean replace(String key, String expected, String value, Duration ttl) {
            steps++;
            return shared.replace(key, expected, value, ttl);
        }

        @Override
        public void publish(String message) {}

        @Override
        public void subscribe(Consumer<String> listener) {}

        @Override
        public boolean isLeader() {
            return true;
        }

        @Override
        public int members() {
            return 2;
        }
    }
}
