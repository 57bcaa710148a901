package dev.vitrine.account.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.vitrine.account.entity.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Limits password guessing, for signing in and for changing one's password. Each attempt is counted as a
 * failure before its password is checked, in one step with the decision to let it through, so a burst
 * of parallel attempts gets no more tries than one at a time; a success takes its count back. Refused
 * attempts cost no hashing.
 *
 * <ul>
 *   <li>One address gets {@value #MAX_PER_PAIR} tries at one account and {@value #MAX_PER_ADDRESS} at all
 *       accounts within 15 minutes.
 *   <li>An account that has failed {@value #SLOW_AFTER} times within 15 minutes, from any addresses, is
 *       slowed down rather than locked: one try every 5 seconds. Addresses that signed in to it in the last
 *       30 days are not slowed, so guessing from elsewhere can't keep its owner out.
 * </ul>
 *
 * Kept in memory, bounded: entries expire after their window and each table holds at most 100,000 keys
 * (past that, the least recent are forgotten); user names are cut to the longest a user can have.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_PER_PAIR = 5;
    static final int MAX_PER_ADDRESS = 20;
    static final int SLOW_AFTER = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration SLOW_PACE = Duration.ofSeconds(5);
    static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final int MAX_KEYS = 100_000;

    /** What happens to an attempt. */
    public enum Verdict {
        /** Go ahead and check the password (counted as failed until {@link #succeeded}). */
        CHECK,
        /** Too many failures from this address: refused for up to 15 minutes. */
        REFUSED,
        /** The account is under attack: try again in a few seconds. */
        SLOWED
    }

    private final Cache<String, Deque<Instant>> failures = expiringAfter(WINDOW);
    private final Cache<String, Instant> lastSlowedTry = expiringAfter(WINDOW);
    private final Cache<String, Set<String>> knownAddresses = expiringAfter(KNOWN_FOR);
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private static <V> Cache<String, V> expiringAfter(Duration time) {
        return Caffeine.newBuilder()
                .expireAfterAccess(time)
                .maximumSize(MAX_KEYS)
                .build();
    }

    /** Decides on an attempt at an account from an address and, unless refused, counts it as a failure. */
    public synchronized Verdict attempt(String username, String address) {
        String account = account(username);
        Instant now = clock.instant();
        if (recent(pair(account, address), now) >= MAX_PER_PAIR || recent(address(address), now) >= MAX_PER_ADDRESS) {
            return Verdict.REFUSED;
        }
        if (recent(account, now) >= SLOW_AFTER && !isKnown(account, address)) {
            Instant last = lastSlowedTry.getIfPresent(account);
            if (last != null && now.isBefore(last.plus(SLOW_PACE))) {
                return Verdict.SLOWED;
            }
            lastSlowedTry.put(account, now);
        }
        for (String key : keys(account, address)) {
            failures.get(key, k -> new ArrayDeque<>()).addLast(now);
        }
        return Verdict.CHECK;
    }

    /** The attempt's password was right: its failure is taken back, the account's others forgotten. */
    public synchronized void succeeded(String username, String address) {
        String account = account(username);
        failures.invalidate(account);
        failures.invalidate(pair(account, address));
        Deque<Instant> byAddress = failures.getIfPresent(address(address));
        if (byAddress != null && !byAddress.isEmpty()) {
            byAddress.removeLast();
        }
        knownAddresses.get(account, k -> new LinkedHashSet<>()).add(address);
    }

    private boolean isKnown(String account, String address) {
        Set<String> known = knownAddresses.getIfPresent(account);
        return known != null && known.contains(address);
    }

    private int recent(String key, Instant now) {
        Deque<Instant> times = failures.getIfPresent(key);
        if (times == null) {
            return 0;
        }
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
        return times.size();
    }

    private static String[] keys(String account, String address) {
        return new String[] {account, pair(account, address), address(address)};
    }

    /** The key of an account: its user name in lower case, cut to the longest a user name can be. */
    private static String account(String username) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return "u:" + (name.length() > AppUser.USERNAME_LENGTH ? name.substring(0, AppUser.USERNAME_LENGTH) : name);
    }

    private static String pair(String account, String address) {
        return account + "|" + address;
    }

    private static String address(String address) {
        return "a:" + address;
    }
}
