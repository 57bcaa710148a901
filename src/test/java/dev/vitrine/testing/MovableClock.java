package dev.vitrine.testing;

import dev.vitrine.shared.ShopClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;

/**
 * The shop's clock in the test deployment: it runs as the real one, but a test can move it ahead (a day for a
 * form token, 31 minutes for the repeat window of views, a scheduled item's hours) instead of waiting. Like
 * real time it never goes back, so the tests after one that moved it see a consistent world, only later.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class MovableClock extends ShopClock {

    private volatile Duration ahead = Duration.ZERO;

    public synchronized void moveAhead(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The clock moves ahead only: " + by);
        }
        ahead = ahead.plus(by);
    }

    @Override
    public Instant instant() {
        return super.instant().plus(ahead);
    }
}
