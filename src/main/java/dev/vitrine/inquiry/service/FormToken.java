package dev.vitrine.inquiry.service;

import dev.vitrine.shared.db.SiteKeys;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The time a form was handed out, signed so that it can't be made up: {@code <millis>.<HMAC-SHA256>}. A
 * form sent back sooner than a person can fill it in is suspect. The key comes from the site's secret in
 * the database ({@link SiteKeys}), the same on every instance and after a restart, so a form handed out by
 * one instance may be sent back to another.
 */
@ApplicationScoped
public class FormToken {

    @Inject
    private SiteKeys siteKeys;

    private byte[] key;

    FormToken() {
        // for CDI: the key is the site's (see start)
    }

    FormToken(byte[] key) {
        this.key = key.clone();
    }

    @PostConstruct
    void start() {
        key = siteKeys.key("form");
    }

    /** A token for a form handed out at {@code now}. */
    public String issue(Instant now) {
        String millis = Long.toString(now.toEpochMilli());
        return millis + "." + signature(millis);
    }

    /** How long ago the form of this token was handed out, if the token is one of ours. */
    public Optional<Duration> age(String token, Instant now) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String millis = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, signature(millis).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.between(Instant.ofEpochMilli(Long.parseLong(millis)), now));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(String millis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(millis.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
