package dev.vitrine.inquiry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.cluster.service.LocalGrid;
import dev.vitrine.testing.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A form's token is good for one inquiry, within a day. */
class FormTokenTest {

    private final HandClock clock = new HandClock();
    private final LocalGrid grid = new LocalGrid(clock);
    private final FormToken tokens = new FormToken(new byte[32], grid);

    @Test
    void theSameTokenTwiceIsRefusedTheSecondTime() {
        String token = tokens.issue(clock.instant());
        clock.advance(Duration.ofSeconds(30));
        assertTrue(tokens.use(token, clock.instant()));
        assertFalse(tokens.use(token, clock.instant()), "the attack of issue 20: one token, 5,000 inquiries");
        clock.advance(Duration.ofHours(23));
        assertFalse(tokens.use(token, clock.instant()), "still, as long as its age lets it in");
    }

    @Test
    void aTokenOlderThanItsMaximumAgeIsRefusedUnused() {
        String token = tokens.issue(clock.instant().minus(FormToken.MAX_AGE).minusSeconds(1));
        assertFalse(tokens.use(token, clock.instant()));
        assertEquals(0, grid.size(), "nothing remembered for it");
    }

    @Test
    void formsHandedOutInTheSameMillisecondAreEachGoodOnce() {
        Instant now = clock.instant();
        String first = tokens.issue(now);
        String second = tokens.issue(now);
        assertNotEquals(first, second);
        assertTrue(tokens.use(first, now.plusSeconds(30)));
        assertTrue(tokens.use(second, now.plusSeconds(30)));
        assertEquals(Optional.of(Duration.ofSeconds(30)), tokens.age(second, now.plusSeconds(30)));
    }

    @Test
    void aTokenNotOursIsLeftToTheSpamRules() {
        assertTrue(tokens.use("1700000000000.forged", clock.instant()));
        assertTrue(tokens.use(null, clock.instant()));
        assertEquals(0, grid.size());
    }

    @Test
    void theMemoryOfUsedTokensIsTheGridsAndForgetsThemWithTheirAge() {
        tokens.use(tokens.issue(clock.instant()), clock.instant());
        assertEquals(1, grid.size());
        clock.advance(FormToken.MAX_AGE);
        grid.forgetExpired();
        assertEquals(0, grid.size());
    }
}
