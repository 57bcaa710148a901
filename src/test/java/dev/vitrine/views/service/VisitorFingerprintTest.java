package dev.vitrine.views.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.vitrine.testing.HandClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VisitorFingerprintTest {

    private final HandClock clock = new HandClock();
    private final VisitorFingerprint fingerprints = new VisitorFingerprint(clock);

    @Test
    void theSameVisitorGetsTheSameFingerprintAllDay() {
        String morning = fingerprints.of("203.0.113.7", "Firefox");
        clock.advance(Duration.ofHours(5));
        assertEquals(morning, fingerprints.of("203.0.113.7", "Firefox"));
    }

    @Test
    void addressAndUserAgentBothMatter() {
        String one = fingerprints.of("203.0.113.7", "Firefox");
        assertNotEquals(one, fingerprints.of("203.0.113.8", "Firefox"));
        assertNotEquals(one, fingerprints.of("203.0.113.7", "Chrome"));
    }

    @Test
    void theKeyChangesEveryDaySoYesterdaysFingerprintsLeadNowhere() {
        String today = fingerprints.of("203.0.113.7", "Firefox");
        clock.advance(Duration.ofDays(1));
        assertNotEquals(today, fingerprints.of("203.0.113.7", "Firefox"));
    }

    @Test
    void theAddressIsNotInTheFingerprint() {
        String fingerprint = fingerprints.of("203.0.113.7", "Firefox");
        assertFalse(fingerprint.contains("203") || fingerprint.contains("Firefox"));
        assertEquals(22, fingerprint.length(), "128 bits in URL-safe Base64");
    }
}
