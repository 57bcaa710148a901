package dev.vitrine.cluster.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedMessagesTest {

    private static final byte[] KEY = "the site's key, 32 bytes long..".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    private final SignedMessages sender = new SignedMessages(KEY, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SignedMessages receiver = new SignedMessages(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aMessageFromAnInstanceOfTheSiteIsTakenOnce() {
        String message = sender.sign("item:PRODUCT:7\nlist:PRODUCT");
        assertEquals(Optional.of("item:PRODUCT:7\nlist:PRODUCT"), receiver.open(message));
        assertTrue(receiver.open(message).isEmpty(), "the same message again is a replay");
    }

    @Test
    void aMessageWithoutTheSitesKeyIsDropped() {
        SignedMessages outsider = new SignedMessages(
                "another key, also 32 bytes long".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        assertTrue(receiver.open(outsider.sign("everything")).isEmpty());
        assertTrue(receiver.open("everything").isEmpty(), "unsigned, as the grid carried it before");
        assertTrue(receiver.open("1 2 3\neverything").isEmpty());
    }

    @Test
    void aChangedTextOrTimeBreaksTheSignature() {
        String message = sender.sign("item:ARTICLE:3");
        assertTrue(receiver.open(message.replace("ARTICLE:3", "ARTICLE:4")).isEmpty());
        String millis = message.substring(0, message.indexOf(' '));
        assertTrue(receiver.open(message.replaceFirst(millis, Long.toString(Long.parseLong(millis) + 1)))
                .isEmpty());
    }

    @Test
    void anOldMessageIsDroppedEvenWhenItsSignatureHolds() {
        SignedMessages earlier = new SignedMessages(
                KEY, Clock.fixed(NOW.minus(SignedMessages.FRESH).minus(Duration.ofSeconds(1)), ZoneOffset.UTC));
        assertTrue(receiver.open(earlier.sign("everything")).isEmpty());
        SignedMessages recent = new SignedMessages(KEY, Clock.fixed(NOW.minus(Duration.ofSeconds(30)), ZoneOffset.UTC));
        assertEquals(Optional.of("everything"), receiver.open(recent.sign("everything")));
    }
}
