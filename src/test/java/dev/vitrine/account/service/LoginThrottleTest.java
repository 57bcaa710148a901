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
        slowDown("alice");
        assertEquals(SLOWED, throttle.attempt("alice", "198.51.100.1"), "a new address first waits");
        assertEquals(CHECK, throttle.attempt("alice", "192.0.2.1"), "the owner's usual address is not slowed");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(CHECK, throttle.attempt("alice", "198.51.100.1"), "after its pause, a try");
    }

    @Test
    void whileSlowedEachGuessCostsAPauseAndAnAddressGetsTwo() {
        slowDown("alice");
        String guesser = "198.51.100.9";
        assertEquals(SLOWED, throttle.attempt("alice", guesser));
        clock.advance(Duration.ofSeconds(4));
        assertEquals(SLOWED, throttle.attempt("alice", guesser), "the pause is not over yet");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(CHECK, throttle.attempt("alice", guesser));
        assertEquals(SLOWED, throttle.attempt("alice", guesser), "the next try needs a pause of its own");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(CHECK, throttle.attempt("alice", guesser));
        clock.advance(Duration.ofSeconds(5));
        assertEquals(REFUSED, throttle.attempt("alice", guesser), "two tries per address while slowed");
    }

    @Test
    void theOwnerFromEverNewAddressesGetsInAfterOnePauseWhileGuessingGoesOn() {
        // The attack of issue 20: guesses from ever-new addresses, the owner with the right password from a
        // new address every 3 seconds. Each of the owner's 21 sign-ins gets in on its second attempt.
        slowDown("alice");
        int guesser = 0;
        int signedIn = 0;
        for (int round = 0; round < 21; round++) {
            for (int i = 0; i < 3; i++) {
                throttle.attempt("alice", "203.0.113." + guesser++ % 250);
                clock.advance(Duration.ofSeconds(1));
            }
            String owner = "198.51.100." + round;
            assertEquals(SLOWED, throttle.attempt("alice", owner), "round " + round);
            for (int i = 0; i < 5; i++) {
                throttle.attempt("alice", "203.0.113." + guesser++ % 250);
                clock.advance(Duration.ofSeconds(1));
            }
            if (throttle.attempt("alice", owner) == CHECK) {
                throttle.succeeded("alice", owner);
                signedIn++;
            }
        }
        assertEquals(21, signedIn);
        assertEquals(SLOWED, throttle.attempt("alice", "198.51.100.250"), "the account stays slowed for guessers");
    }

    @Test
    void anIpv6NetworkCountsAsOneAddress() {
        for (int i = 1; i <= 5; i++) {
            fail(1, "alice", "2001:db8:1:2::" + i);
        }
        assertEquals(REFUSED, throttle.attempt("alice", "2001:db8:1:2:ffff::99"), "same /64");
        assertEquals(CHECK, throttle.attempt("alice", "2001:db8:1:3::1"), "another /64");
    }

    /** Ten failures from ten addresses: the account is under attack. */
    private void slowDown(String username) {
        for (int i = 0; i < 10; i++) {
            fail(1, username, "203.0.113." + i);
        }
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
    void aSuccessTakesItsOwnCountBack() {
        fail(4, "alice", "203.0.113.1");
        fail(1, "alice", "203.0.113.1");
        throttle.succeeded("alice", "203.0.113.1");
        fail(4, "alice", "203.0.113.1");
        assertEquals(CHECK, throttle.attempt("alice", "203.0.113.1"));
    }

    @Test
    void theOwnerSigningInGivesGuessersNoFreshStart() {
        fail(1, "alice", "192.0.2.1");
        throttle.succeeded("alice", "192.0.2.1");
        slowDown("alice");
        fail(1, "alice", "192.0.2.1");
        throttle.succeeded("alice", "192.0.2.1");
        assertEquals(SLOWED, throttle.attempt("alice", "198.51.100.1"));
    }

    @Test
    void hugeNamesAreKeptCutToTheLongestUserName() {
        String huge = "a".repeat(1_500_000);
        fail(5, huge, "203.0.113.1");
        assertEquals(REFUSED, throttle.attempt("a".repeat(50) + "different-tail", "203.0.113.1"));
    }
}
