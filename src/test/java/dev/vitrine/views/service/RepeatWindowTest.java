package dev.vitrine.views.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.HandClock;
import dev.vitrine.views.entity.DropReason;
import dev.vitrine.views.entity.ViewedItem;
import java.time.Duration;
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

    @Test
    void pastTheBoundNewVisitorsAreNotCountedAndThoseRememberedStayRepeats() {
        RepeatWindow small = new RepeatWindow(clock, 3);
        for (String visitor : new String[] {"a", "b", "c"}) {
            assertTrue(small.judge(visitor, visitor, article) == null);
        }
        assertEquals(DropReason.LIMIT, small.judge("d", "d", article), "a fourth is not remembered, not counted");
        assertEquals(DropReason.REPEAT, small.judge("a", "a", article));
        clock.advance(RepeatWindow.WINDOW);
        small.forgetExpired();
        assertTrue(small.judge("d", "d", article) == null, "room again once the window passed");
    }

    @Test
    void expiredVisitsAreForgotten() {
        counts("alice", article);
        clock.advance(Duration.ofMinutes(10));
        counts("bob", article);
        clock.advance(Duration.ofMinutes(25));
        window.forgetExpired();
        assertEquals(1, window.recent(clock.instant()), "alice's visit is 35 minutes old, bob's 25");
    }
}
