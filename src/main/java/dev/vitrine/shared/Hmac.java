package dev.vitrine.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, the one way Vitrine signs and derives keys. */
public final class Hmac {

    private Hmac() {}

    public static byte[] sha256(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The HMAC as URL-safe Base64 without padding, for tokens and messages. */
    public static String sha256Text(byte[] key, String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(key, text));
    }
}
