package dev.vitrine.views.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.views.entity.ViewedItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RepeatWindowTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

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
