package dev.vitrine.search.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.vitrine.shared.ClientNetwork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How many searches one address may make: a search is a full render with an index query, never cached, so
 * one client could otherwise keep the server busy with it. Each address has {@value #BURST} searches at
 * hand and gets one more every 3 seconds: far more than a person types, clicks through pages and
 * switches language, far less than a script asks. Memory is bounded: addresses are forgotten a minute
 * after their last search, and at most 100,000 are held (past that, the least recent are forgotten).
 */
@ApplicationScoped
public class SearchLimit {

    static final int BURST = 10;
    static final Duration REFILL = Duration.ofSeconds(3);
    private static final int MAX_ADDRESSES = 100_000;

    /** What an address has left: whole searches, as of when it last searched. */
    private record Allowance(long left, Instant asOf) {}

    private final Cache<String, Allowance> allowances = Caffeine.newBuilder()
            .expireAfterAccess(REFILL.multipliedBy(BURST).plusSeconds(30))
            .maximumSize(MAX_ADDRESSES)
            .build();
    private final Clock clock;

    public SearchLimit() {
        this(Clock.systemUTC());
    }

    SearchLimit(Clock clock) {
        this.clock = clock;
    }

    /** Whether a search from this address may run now; if so it is counted. */
    public boolean allow(String address) {
        Instant now = clock.instant();
        boolean[] allowed = {false};
        allowances.asMap().compute(ClientNetwork.of(address), (key, before) -> {
            Allowance current = before == null ? new Allowance(BURST, now) : refilled(before, now);
            allowed[0] = current.left() > 0;
            return allowed[0] ? new Allowance(current.left() - 1, current.asOf()) : current;
        });
        return allowed[0];
    }

    /** Seconds until the address has a search again, for {@code Retry-After}. */
    public long secondsToWait() {
        return REFILL.toSeconds();
    }

    private static Allowance refilled(Allowance before, Instant now) {
        long earned = Duration.between(before.asOf(), now).dividedBy(REFILL);
        if (earned <= 0) {
            return before;
        }
        // The time of the part of a refill not yet earned is kept, so refills come every 3 s exactly.
        return new Allowance(
                Math.min(BURST, before.left() + earned), before.asOf().plus(REFILL.multipliedBy(earned)));
    }
}
