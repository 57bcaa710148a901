package dev.vitrine.cluster.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The grid of a single instance: claims in a map of this JVM (expired ones are forgotten by {@link
 * #forgetExpired}), no one to send messages to, and always the leader.
 */
public class LocalGrid implements Grid {

    private final Clock clock;
    private final Map<String, Instant> claims = new ConcurrentHashMap<>();

    public LocalGrid(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean claim(String key, Duration ttl) {
        Instant now = clock.instant();
        boolean[] first = {false};
        claims.compute(key, (k, until) -> {
            if (until != null && now.isBefore(until)) {
                return until;
            }
            first[0] = true;
            return now.plus(ttl);
        });
        return first[0];
    }

    @Override
    public boolean isClaimed(String key) {
        Instant until = claims.get(key);
        return until != null && clock.instant().isBefore(until);
    }

    /** Forgets claims whose time is over; called regularly so memory stays bounded by recent claims. */
    public void forgetExpired() {
        Instant now = clock.instant();
        claims.values().removeIf(until -> !now.isBefore(until));
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
