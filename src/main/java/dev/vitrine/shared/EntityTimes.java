package dev.vitrine.shared;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Sets an entity's {@code created} and {@code updated} from the {@link ShopClock} (JPA gives entity listeners
 * CDI injection on every Jakarta EE server), so that what ages by them (inquiries per day, spam kept 30 days)
 * follows the same clock as everything else.
 */
public class EntityTimes {

    @Inject
    private ShopClock clock;

    @PrePersist
    void created(BaseEntity entity) {
        entity.created(nowUtc());
    }

    @PreUpdate
    void updated(BaseEntity entity) {
        entity.updated(nowUtc());
    }

    /** In UTC, to the microsecond, so that every database stores exactly what the entity holds. */
    private LocalDateTime nowUtc() {
        return clock.nowUtc().truncatedTo(ChronoUnit.MICROS);
    }
}
