package dev.vitrine.cluster.service;

import dev.vitrine.shared.Hmac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Messages between instances that only instances can write: {@code <millis> <nonce> <HMAC>\n<text>}, the
 * HMAC under a key from the site's database. A message is taken once, and only while it is fresh, so one
 * recorded from the grid can't be sent again later: whoever reaches the grid without the database can
 * neither make up a change nor repeat one.
 */
final class SignedMessages {

    /** How far apart the sender's and the receiver's clocks, plus the grid's delay, may be. */
    static final Duration FRESH = Duration.ofMinutes(1);

    /** Nonces remembered, oldest first; far more than instances send within {@link #FRESH}. */
    private static final int REMEMBERED = 10_000;

    private final byte[] key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > REMEMBERED;
        }
    };

    SignedMessages(byte[] key, Clock clock) {
        this.key = key.clone();
        this.clock = clock;
    }

    String sign(String text) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String head =
                clock.millis() + " " + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return head + " " + mac(head + "\n" + text) + "\n" + text;
    }

    /** The text of a message signed by an instance of this site, fresh and not seen before; else nothing. */
    Optional<String> open(String message) {
        int end = message.indexOf('\n');
        String[] head = (end < 0 ? "" : message.substring(0, end)).split(" ");
        if (head.length != 3) {
            return Optional.empty();
        }
        String text = message.substring(end + 1);
        String signed = head[0] + " " + head[1];
        byte[] given = head[2].getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, mac(signed + "\n" + text).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Instant sent;
        try {
            sent = Instant.ofEpochMilli(Long.parseLong(head[0]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (sent.isBefore(now.minus(FRESH)) || sent.isAfter(now.plus(FRESH))) {
            return Optional.empty();
        }
        synchronized (seen) {
            seen.values().removeIf(at -> at.isBefore(now.minus(FRESH.multipliedBy(2))));
            if (seen.putIfAbsent(head[1], sent) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(text);
    }

    private String mac(String signed) {
        return Hmac.sha256Text(key, signed);
    }
}
