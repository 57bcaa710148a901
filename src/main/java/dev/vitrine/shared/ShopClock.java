package dev.vitrine.shared;

import dev.vitrine.shared.config.VitrineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The shop's wall clock: publish times are entered, compared and shown in the shop's time zone. */
@ApplicationScoped
public class ShopClock {

    private final Clock clock = Clock.system(VitrineConfig.timeZone());

    /** Now, in the shop's time zone, to the second (publish times have no fractions). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
