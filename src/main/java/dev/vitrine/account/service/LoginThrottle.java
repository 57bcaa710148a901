package dev.vitrine.account.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.vitrine.account.entity.AppUser;
import dev.vitrine.shared.ClientNetwork;
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
 *       slowed down rather than locked. Each address is slowed on its own: it gets a try only after a
 *       5-second pause of its own (its first attempt starts the pause), and {@value #SLOWED_PER_PAIR} tries
 *       in 15 minutes. Nothing is shared between addresses that others could use up, so the owner gets in
 *       from anywhere within seconds, while every guess costs the attacker a pause and, past two, a new
 *       address. Addresses that signed in to the account in the last 30 days are not slowed at all.
 * </ul>
 *
 * An IPv6 address counts as its /64 network ({@link ClientNetwork}). Kept in
 * memory, bounded: entries expire after their window and each table holds at most 100,000 keys (past
 * that, the least recent are forgotten); user names are cut to the longest a user can have.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_PER_PAIR = 5;
    static final int MAX_PER_ADDRESS = 20;
    static final int SLOW_AFTER = 10;
    static final int SLOWED_PER_PAIR = 2;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration PAUSE = Duration.ofSeconds(5);
    static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final int MAX_KEYS = 100_000;

    /** What happens to an attempt. */
    public enum Verdict {
        /** Go ahead and check the password (counted as failed until {@link #succeeded}). */
        CHECK,
        /** Too many failures from this address: refused for up to 15 minutes. */
        REFUSED,
        /** The account is under attack: try again from here in a few seconds. */
        SLOWED
    }

    private final Cache<String, Deque<Instant>> failures = expiringAfter(WINDOW);
    /** When an address's pause at a slowed account began (account and address as key). */
    private final Cache<String, Instant> pauses = expiringAfter(WINDOW);

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
    public synchronized Verdict attempt(String username, String clientAddress) {
        String account = account(username);
        String address = ClientNetwork.of(clientAddress);
        String pair = pair(account, address);
        Instant now = clock.instant();
        boolean slowed = recent(account, now) >= SLOW_AFTER && !isKnown(account, address);
        int pairLimit = slowed ? SLOWED_PER_PAIR : MAX_PER_PAIR;
        if (recent(pair, now) >= pairLimit || recent(address(address), now) >= MAX_PER_ADDRESS) {
            return Verdict.REFUSED;
        }
        if (slowed) {
            Instant since = pauses.get(pair, k -> now);
            if (now.isBefore(since.plus(PAUSE))) {
                return Verdict.SLOWED;
            }
            pauses.invalidate(pair); // the next try from here needs a pause of its own
        }
        for (String key : new String[] {account, pair, address(address)}) {
            failures.get(key, k -> new ArrayDeque<>()).addLast(now);
        }
        return Verdict.CHECK;
    }

    /**
     * The attempt's password was right: its own failure is taken back and the address is known to the
     * account from now on. Others' failures at the account stay counted: the owner signing in must not give
     * a guesser a fresh start.
     */
    public synchronized void succeeded(String username, String clientAddress) {
        String account = account(username);
        String address = ClientNetwork.of(clientAddress);
        failures.invalidate(pair(account, address));
        takeBackOne(account);
        takeBackOne(address(address));
        knownAddresses.get(account, k -> new LinkedHashSet<>()).add(address);
    }

    private void takeBackOne(String key) {
        Deque<Instant> times = failures.getIfPresent(key);
        if (times != null && !times.isEmpty()) {
            times.removeLast();
        }
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
