package dev.vitrine.search.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.HandClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchLimitTest {

    private final HandClock clock = new HandClock();
    private final SearchLimit limit = new SearchLimit(clock);

    @Test
    void anAddressGetsTenAtOnceThenOneEveryThreeSeconds() {
        for (int i = 0; i < 10; i++) {
            assertTrue(limit.allow("203.0.113.1"), "search " + i);
        }
        assertFalse(limit.allow("203.0.113.1"), "the eleventh at once");
        assertTrue(limit.allow("203.0.113.2"), "other addresses are not affected");
        clock.advance(Duration.ofSeconds(2));
        assertFalse(limit.allow("203.0.113.1"));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limit.allow("203.0.113.1"), "one more after three seconds");
        assertFalse(limit.allow("203.0.113.1"));
    }

    @Test
    void aScriptAsksOftenAndGetsFewWhileTheRefusalsEarnNothing() {
        int allowed = 0;
        for (int i = 0; i < 600; i++) { // ten a second for a minute
            if (limit.allow("203.0.113.9")) {
                allowed++;
            }
            clock.advance(Duration.ofMillis(100));
        }
        assertTrue(allowed <= 10 + 20, "at most the ten at hand and one per 3 s: " + allowed);
    }

    @Test
    void aWholeIpv6NetworkIsOneAddress() {
        for (int i = 0; i < 10; i++) {
            assertTrue(limit.allow("2001:db8:5:6::" + Integer.toHexString(i + 1)));
        }
        assertFalse(limit.allow("2001:db8:5:6:ffff::1"));
        assertTrue(limit.allow("2001:db8:5:7::1"));
    }
}
