package dev.vitrine.account.service;

import static dev.vitrine.account.service.LoginThrottle.Verdict.CHECK;
import static dev.vitrine.account.service.LoginThrottle.Verdict.REFUSED;
import static dev.vitrine.account.service.LoginThrottle.Verdict.SLOWED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitrine.testing.HandClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            assertEquals(CHECK, throttle.attempt(username, address));
        }
    }

    @Test
    void anAddressGetsFiveTriesAtAnAccountAndTheOwnerElsewhereIsNotLockedOut() {
        fail(5, "alice", "203.0.113.1");
        assertEquals(REFUSED, throttle.attempt("Alice", "203.0.113.1"), "any case of the name");
        assertEquals(CHECK, throttle.attempt("alice", "198.51.100.1"), "the owner at another address still gets in");
        assertEquals(CHECK, throttle.attempt("bob", "203.0.113.1"), "other accounts are not affected");
    }

    @Test
    void anAttemptCountsBeforeItsPasswordIsChecked() {
        // Five attempts in flight at once, none finished: the sixth is refused all the same.
        fail(5, "alice", "203.0.113.1");
        assertEquals(REFUSED, throttle.attempt("alice", "203.0.113.1"));
    }

    @Test
    void twentyFailuresFromAnAddressRefuseItEveryAccount() {
        for (int i = 0; i < 20; i++) {
            fail(1, "user" + i, "203.0.113.7");
        }
        assertEquals(REFUSED, throttle.attempt("someone-new", "203.0.113.7"));
        assertEquals(CHECK, throttle.attempt("someone-new", "203.0.113.8"));
    }

    @Test
    void guessesFromManyAddressesSlowTheAccountDownButNotItsKnownAddress() {
        fail(1, "alice", "192.0.2.1");
        throttle.succeeded("alice", "192.0.2.1");
        for (int i = 0; i < 10; i++) {
            fail(1, "alice", "203.0.113." + i);
        }
        assertEquals(CHECK, throttle.attempt("alice", "198.51.100.1"), "one try goes through");
        assertEquals(SLOWED, throttle.attempt("alice", "198.51.100.2"), "the next must wait");
        assertEquals(CHECK, throttle.attempt("alice", "192.0.2.1"), "the owner's usual address is not slowed");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(CHECK, throttle.attempt("alice", "198.51.100.2"), "after the pause another try");
    }

    @Test
    void theRefusalEndsFifteenMinutesAfterTheFailures() {
        fail(5, "alice", "203.0.113.1");
        clock.advance(Duration.ofMinutes(14));
        assertEquals(REFUSED, throttle.attempt("alice", "203.0.113.1"));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(CHECK, throttle.attempt("alice", "203.0.113.1"));
    }

    @Test
    void aSuccessTakesItsCountBackAndClearsTheAccount() {
        fail(4, "alice", "203.0.113.1");
        fail(1, "alice", "203.0.113.1");
        throttle.succeeded("alice", "203.0.113.1");
        fail(4, "alice", "203.0.113.1");
        assertEquals(CHECK, throttle.attempt("alice", "203.0.113.1"));
    }

    @Test
    void hugeNamesAreKeptCutToTheLongestUserName() {
        String huge = "a".repeat(1_500_000);
        fail(5, huge, "203.0.113.1");
        assertEquals(REFUSED, throttle.attempt("a".repeat(50) + "different-tail", "203.0.113.1"));
    }
}
