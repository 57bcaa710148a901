package dev.vitrine.account.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.HandClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresForAnAccountBlockIt() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "203.0.113." + i);
        }
        assertFalse(throttle.isBlocked("alice", "203.0.113.9"));
        throttle.failed("alice", "203.0.113.5");
        assertTrue(throttle.isBlocked("Alice", "198.51.100.1"), "any address, any case");
        assertFalse(throttle.isBlocked("bob", "198.51.100.1"), "other accounts are not affected");
    }

    @Test
    void twentyFailuresFromAnAddressBlockIt() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertTrue(throttle.isBlocked("someone-new", "203.0.113.7"));
        assertFalse(throttle.isBlocked("someone-new", "203.0.113.8"));
    }

    @Test
    void theBlockEndsFifteenMinutesAfterTheFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", "203.0.113.1");
        }
        clock.advance(Duration.ofMinutes(14));
        assertTrue(throttle.isBlocked("alice", "203.0.113.1"));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(throttle.isBlocked("alice", "203.0.113.1"));
    }

    @Test
    void successClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "203.0.113.1");
        }
        throttle.succeeded("alice");
        throttle.failed("alice", "203.0.113.1");
        assertFalse(throttle.isBlocked("alice", "203.0.113.1"));
    }
}
