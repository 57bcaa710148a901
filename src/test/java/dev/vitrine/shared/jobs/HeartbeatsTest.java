package dev.vitrine.shared.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vitrine.testing.HandClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeartbeatsTest {

    private final HandClock clock = new HandClock();
    private final Heartbeats heartbeats = new Heartbeats(clock);

    @Test
    void aJobIsLateOnlyWhenItsLastBeatIsOlderThanItIsAllowed() {
        heartbeats.expect("mail", Duration.ofMinutes(15));
        heartbeats.expect("views", Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), heartbeats.late(), "a minute after the start is not late yet");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of("views"), heartbeats.late(), "counted from the start when it never ran");
        heartbeats.beat("views");
        assertEquals(List.of(), heartbeats.late());
        clock.advance(Duration.ofMinutes(14));
        heartbeats.beat("views");
        assertEquals(List.of("mail"), heartbeats.late());
    }

    @Test
    void aJobThatStoppedIsLateForGoodWhileTheOthersBeat() {
        heartbeats.expect("scheduled items", Duration.ofMinutes(5));
        heartbeats.expect("views", Duration.ofMinutes(1));
        for (int minute = 0; minute < 60; minute++) {
            clock.advance(Duration.ofSeconds(30));
            heartbeats.beat("views");
            if (minute < 10) {
                heartbeats.beat("scheduled items");
            }
        }
        assertEquals(List.of("scheduled items"), heartbeats.late());
    }

    @Test
    void aJobRegisteredAtItsFirstRunKeepsItsBeatWhenRegisteredAgain() {
        heartbeats.expectOnce("spam clean-up", Duration.ofDays(2));
        clock.advance(Duration.ofDays(1));
        heartbeats.expectOnce("spam clean-up", Duration.ofDays(2));
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertEquals(List.of("spam clean-up"), heartbeats.late());
    }

    @Test
    void aBeatOfAJobNotExpectedIsIgnored() {
        heartbeats.beat("nobody");
        assertEquals(List.of(), heartbeats.late());
    }
}
