package dev.vitrine.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses sign-in attempts for an account after 5 failures, or from an address after 20, within 15
 * minutes, until the oldest of those failures is 15 minutes old. Refused attempts are not checked against
 * the password at all, so guessing costs the guesser time and the server nothing. Kept in memory.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_PER_ACCOUNT = 5;
    static final int MAX_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether an attempt for this account from this address is refused now. */
    public boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return recent(failuresByAccount, key(username), now) >= MAX_PER_ACCOUNT
                || recent(failuresByAddress, address, now) >= MAX_PER_ADDRESS;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        add(failuresByAccount, key(username), now);
        add(failuresByAddress, address, now);
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void succeeded(String username) {
        failuresByAccount.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static void add(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
        }
    }

    private static int recent(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.removeFirst();
            }
            return times.size();
        }
    }
}
