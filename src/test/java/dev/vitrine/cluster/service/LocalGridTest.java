package dev.vitrine.cluster.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.HandClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalGridTest {

    private final HandClock clock = new HandClock();
    private final LocalGrid grid = new LocalGrid(clock);

    @Test
    void aClaimStandsForItsTimeAndNotLonger() {
        assertTrue(grid.claim("a", Duration.ofMinutes(30)));
        clock.advance(Duration.ofMinutes(29));
        assertFalse(grid.claim("a", Duration.ofMinutes(30)), "standing");
        assertTrue(grid.isClaimed("a"));
        assertFalse(grid.isClaimed("b"));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(grid.isClaimed("a"), "a claim that doesn't restart its time");
        assertTrue(grid.claim("a", Duration.ofMinutes(30)), "free again after 30 minutes");
    }

    @Test
    void expiredClaimsAreForgotten() {
        grid.claim("old", Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(5));
        grid.claim("new", Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(6));
        grid.forgetExpired();
        assertEquals(1, grid.size());
    }

    @Test
    void theOnlyInstanceLeads() {
        assertTrue(grid.isLeader());
        assertEquals(1, grid.members());
    }

    @Test
    void pastItsBoundTheOldestClaimsGiveWayToNewOnes() {
        LocalGrid small = new LocalGrid(clock, 3);
        for (String key : new String[] {"a", "b", "c"}) {
            assertTrue(small.claim(key, Duration.ofMinutes(30)));
        }
        clock.advance(Duration.ofMinutes(1));
        assertTrue(small.claim("d", Duration.ofMinutes(30)), "a full grid still takes new claims");
        assertEquals(3, small.size());
        assertFalse(small.isClaimed("a"), "the oldest gave way");
        assertTrue(small.isClaimed("b") && small.isClaimed("c") && small.isClaimed("d"));
    }

    @Test
    void aClaimMadeAgainIsNotEvictedForItsOlderSelf() {
        LocalGrid small = new LocalGrid(clock, 2);
        small.claim("a", Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(small.claim("a", Duration.ofMinutes(30)), "expired, so claimed again");
        small.claim("b", Duration.ofMinutes(30));
        small.claim("c", Duration.ofMinutes(30));
        assertTrue(small.isClaimed("c"));
        assertEquals(2, small.size());
        assertFalse(small.isClaimed("a"), "the new claim on a is now the oldest");
    }

    @Test
    void aValueIsPutOnlyWhereNoneStandsAndReplacedOnlyIfItIsStillTheOneExpected() {
        assertEquals(null, grid.putIfAbsent("k", "one", Duration.ofMinutes(10)));
        assertEquals("one", grid.putIfAbsent("k", "two", Duration.ofMinutes(10)), "the standing value");
        assertFalse(grid.replace("k", "two", "three", Duration.ofMinutes(10)), "not the value expected");
        assertTrue(grid.replace("k", "one", "three", Duration.ofMinutes(20)));
        clock.advance(Duration.ofMinutes(15));
        assertEquals("three", grid.putIfAbsent("k", "four", Duration.ofMinutes(10)), "its time ran from the replace");
        clock.advance(Duration.ofMinutes(5));
        assertFalse(grid.replace("k", "three", "five", Duration.ofMinutes(10)), "expired");
        assertEquals(null, grid.putIfAbsent("k", "four", Duration.ofMinutes(10)));
    }
}
