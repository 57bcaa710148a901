package dev.vitrine.views.service;

import dev.vitrine.shared.Hmac;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Function;

/**
 * Recognises a returning visitor without a cookie, a session or storing who they are: an HMAC of their
 * address and user agent under a key that changes every day (on the site, derived from its secret in the
 * database, so that every instance has the same and a visitor is the same on each); fingerprints are kept
 * in memory only. The same visitor gets the same fingerprint all day; nobody can turn a fingerprint back into
 * an address.
 */
public final class VisitorFingerprint {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Function<LocalDate, byte[]> keyOfDay;
    private LocalDate keyDay;
    private byte[] key;

    /** With a random key each day, of this JVM alone. */
    public VisitorFingerprint(Clock clock) {
        this(clock, day -> randomKey());
    }

    /** @param keyOfDay the key of a day, the same each time it is asked for that day */
    public VisitorFingerprint(Clock clock, Function<LocalDate, byte[]> keyOfDay) {
        this.clock = clock;
        this.keyOfDay = keyOfDay;
    }

    private static byte[] randomKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public synchronized String of(String address, String userAgent) {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(keyDay)) {
            key = keyOfDay.apply(today);
            keyDay = today;
        }
        byte[] digest = Hmac.sha256(key, address + '\n' + userAgent);
        // 128 bits are plenty to tell a day's visitors apart.
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }
}
