package dev.vitrine.inquiry.service;

import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.cluster.service.Grid;
import dev.vitrine.shared.Hmac;
import dev.vitrine.shared.db.SiteKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The time a form was handed out, signed so that it can't be made up: {@code <millis>.<nonce>.<HMAC-SHA256>}.
 * A form sent back sooner than a person can fill it in is suspect. The key comes from the site's secret in
 * the database ({@link SiteKeys}), the same on every instance and after a restart, so a form handed out by
 * one instance may be sent back to another.
 *
 * <p>A token is good for one inquiry within {@link #MAX_AGE}: the used ones are claimed in the grid for
 * that long (after it their age refuses them anyway), so the memory of used tokens is bounded by the grid's
 * and shared by the instances. The nonce tells apart forms handed out in the same millisecond.
 */
@ApplicationScoped
public class FormToken {

    /** Longer than anyone keeps a form open before sending it. */
    public static final Duration MAX_AGE = Duration.ofDays(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Cluster cluster;

    @Inject
    private SiteKeys siteKeys;

    private byte[] key;

    /** Where used tokens are claimed; the cluster's grid unless a test gives one. */
    private Grid used;

    FormToken() {
        // for CDI: the key is the site's (see start)
    }

    FormToken(byte[] key) {
        this.key = key.clone();
    }

    FormToken(byte[] key, Grid used) {
        this(key);
        this.used = used;
    }

    @PostConstruct
    void start() {
        key = siteKeys.key("form");
    }

    /** A token for a form handed out at {@code now}. */
    public String issue(Instant now) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String signed = now.toEpochMilli() + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return signed + "." + signature(signed);
    }

    /** How long ago the form of this token was handed out, if the token is one of ours. */
    public Optional<Duration> age(String token, Instant now) {
        int first = token == null ? -1 : token.indexOf('.');
        int last = token == null ? -1 : token.lastIndexOf('.');
        if (first < 1 || last == first) {
            return Optional.empty();
        }
        String signed = token.substring(0, last);
        byte[] given = token.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, signature(signed).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.between(Instant.ofEpochMilli(Long.parseLong(token.substring(0, first))), now));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Uses up a token of ours: false if it was used before (on any instance) or is older than {@link
     * #MAX_AGE}. A token that is not ours is not refused here: its inquiry is suspect instead ({@link
     * SpamCheck}), and the bounds of {@link InquiryLimits} hold for it like for any other.
     */
    public boolean use(String token, Instant now) {
        Optional<Duration> age = age(token, now);
        if (age.isEmpty()) {
            return true;
        }
        if (age.get().compareTo(MAX_AGE) > 0) {
            return false;
        }
        Grid grid = used != null ? used : cluster.grid();
        return grid.claim("form token " + token.substring(token.lastIndexOf('.') + 1), MAX_AGE);
    }

    private String signature(String signed) {
        return Hmac.sha256Text(key, signed);
    }
}
