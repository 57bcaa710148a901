package dev.vitrine.cluster.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The grid of a single instance: claims in a map of this JVM (expired ones are forgotten by {@link
 * #forgetExpired}), no one to send messages to, and always the leader. The claims are bounded: past
 * {@link #MAX_CLAIMS} the oldest give way to the new, so that a flood of claims can never make the grid
 * refuse everyone else's (a claim forgotten early errs by letting its key be claimed again).
 */
public class LocalGrid implements Grid {

    /**
     * About 200 bytes each (measured): 40 MB at most. A counted view holds two claims for 30 minutes, so
     * this is 100,000 counted views in a window (55 a second) before the oldest are forgotten early.
     */
    public static final int MAX_CLAIMS = 200_000;

    private record Claim(String key, Instant until) {}

    private record Held(String value, Instant until) {}

    private final Clock clock;
    private final int maxClaims;
    private final Map<String, Held> claims = new ConcurrentHashMap<>();

    /** The claims in the order they were made, oldest first (with some already forgotten or remade). */
    private final Queue<Claim> order = new ConcurrentLinkedQueue<>();

    public LocalGrid(Clock clock) {
        this(clock, MAX_CLAIMS);
    }

    public LocalGrid(Clock clock, int maxClaims) {
        this.clock = clock;
        this.maxClaims = maxClaims;
    }

    @Override
    public String putIfAbsent(String key, String value, Duration ttl) {
        Instant now = clock.instant();
        Held[] standing = {null};
        Held put = new Held(value, now.plus(ttl));
        claims.compute(key, (k, held) -> {
            if (held != null && now.isBefore(held.until())) {
                standing[0] = held;
                return held;
            }
            return put;
        });
        if (standing[0] != null) {
            return standing[0].value();
        }
        remember(key, put);
        return null;
    }

    @Override
    public boolean replace(String key, String expected, String value, Duration ttl) {
        Instant now = clock.instant();
        Held put = new Held(value, now.plus(ttl));
        boolean[] replaced = {false};
        claims.computeIfPresent(key, (k, held) -> {
            if (now.isBefore(held.until()) && held.value().equals(expected)) {
                replaced[0] = true;
                return put;
            }
            return held;
        });
        if (replaced[0]) {
            remember(key, put);
        }
        return replaced[0];
    }

    /** Notes a new claim in the order of claims, and lets the oldest give way past the bound. */
    private void remember(String key, Held put) {
        order.add(new Claim(key, put.until()));
        while (claims.size() > maxClaims) {
            Claim oldest = order.poll();
            if (oldest == null) {
                break;
            }
            // Unless it was made again since.
            claims.computeIfPresent(oldest.key(), (k, held) -> held.until().equals(oldest.until()) ? null : held);
        }
    }

    /** Whether a claim on {@code key} stands. */
    public boolean isClaimed(String key) {
        Held held = claims.get(key);
        return held != null && clock.instant().isBefore(held.until());
    }

    /** Forgets claims whose time is over; called regularly so memory stays bounded by recent claims. */
    public void forgetExpired() {
        Instant now = clock.instant();
        claims.values().removeIf(held -> !now.isBefore(held.until()));
        order.removeIf(claim -> !now.isBefore(claim.until()));
    }

    /** How many claims are remembered. */
    public int size() {
        return claims.size();
    }

    @Override
    public void publish(String message) {
        // nobody else
    }

    @Override
    public void subscribe(Consumer<String> listener) {
        // nobody sends
    }

    @Override
    public boolean isLeader() {
        return true;
    }

    @Override
    public int members() {
        return 1;
    }
}
