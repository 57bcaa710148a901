package dev.vitrine.account.web;

import dev.vitrine.account.entity.AppUser;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who a back-office session belongs to, and which password they signed in with (a digest of its hash),
 * kept in the HTTP session. A session whose password has since been reset or changed elsewhere is over.
 */
public record StaffSession(String username, String passwordStamp) implements Serializable {

    static final String ATTRIBUTE = "vitrine.staff";

    static StaffSession of(AppUser user) {
        return new StaffSession(user.getUsername(), stampOf(user));
    }

    boolean isStillValidFor(AppUser user) {
        return passwordStamp.equals(stampOf(user));
    }

    private static String stampOf(AppUser user) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(user.getPasswordHash().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
