package dev.vitrine.shared;

import dev.vitrine.shared.config.VitrineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The site's one clock, in the shop's time zone: publish times are entered, compared and shown in it, and
 * everything that ages (scheduled items, the repeat window of views, form tokens, what is kept for a time)
 * reads it here, so that a test can move it instead of waiting.
 */
@ApplicationScoped
public class ShopClock {

    private final ZoneId zone = VitrineConfig.timeZone();

    /** This clock for the parts that take a {@link Clock}: it follows {@link #instant()}. */
    private final Clock asClock = new Clock() {
        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            throw new UnsupportedOperationException("The shop's clock keeps the shop's time zone");
        }

        @Override
        public Instant instant() {
            return ShopClock.this.instant();
        }
    };

    public Instant instant() {
        return Instant.now();
    }

    /** Now, in the shop's time zone, to the second (publish times have no fractions). */
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(instant(), zone).withNano(0);
    }

    /** Now in UTC, as the times of records (inquiries, mails, revisions) are stored. */
    public LocalDateTime nowUtc() {
        return LocalDateTime.ofInstant(instant(), ZoneOffset.UTC);
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock asClock() {
        return asClock;
    }
}
