package dev.vitrine.views.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.HandClock;
import dev.vitrine.views.entity.ViewedItem;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RepeatWindowTest {

    private final HandClock clock = new HandClock();
    private final RepeatWindow window = new RepeatWindow(clock);
    private final ViewedItem article = ViewedItem.article(1);

    @Test
    void theFirstViewCountsAndRepeatsWithinThirtyMinutesDoNot() {
        assertTrue(window.firstInWindow("alice", article));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(window.firstInWindow("alice", article));
        clock.advance(Duration.ofMinutes(28).plusSeconds(59));
        assertFalse(window.firstInWindow("alice", article), "29:59 after the counted view");
    }

    @Test
    void thirtyMinutesAfterTheCountedViewItCountsAgain() {
        assertTrue(window.firstInWindow("alice", article));
        clock.advance(Duration.ofMinutes(20));
        assertFalse(window.firstInWindow("alice", article), "a repeat does not restart the window");
        clock.advance(Duration.ofMinutes(10));
        assertTrue(window.firstInWindow("alice", article));
    }

    @Test
    void otherVisitorsAndOtherItemsAreCountedApart() {
        assertTrue(window.firstInWindow("alice", article));
        assertTrue(window.firstInWindow("bob", article));
        assertTrue(window.firstInWindow("alice", ViewedItem.article(2)));
        assertTrue(window.firstInWindow("alice", ViewedItem.product(1)));
    }

    @Test
    void expiredVisitsAreForgotten() {
        window.firstInWindow("alice", article);
        clock.advance(Duration.ofMinutes(10));
        window.firstInWindow("bob", article);
        clock.advance(Duration.ofMinutes(25));
        window.forgetExpired();
        assertEquals(1, window.size(), "alice's visit is 35 minutes old, bob's 25");
    }
}
