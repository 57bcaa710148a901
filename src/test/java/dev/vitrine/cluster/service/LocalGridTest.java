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
}
