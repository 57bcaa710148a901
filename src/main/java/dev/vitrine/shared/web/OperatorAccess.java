package dev.vitrine.shared.web;

import dev.vitrine.account.entity.Role;
import dev.vitrine.shared.config.VitrineConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Who may use what is there for the site's operators (metrics, backups): a signed-in admin, or a script
 * that presents {@code VITRINE_OPERATOR_TOKEN} as {@code Authorization: Bearer <token>}. Without the
 * setting only signed-in admins may. A token shorter than {@value #MIN_LENGTH} characters is refused (logged
 * once, as if unset). Everyone else gets 404 from the servlets that ask, as if there were nothing there.
 */
public final class OperatorAccess {

    public static final int MIN_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(OperatorAccess.class.getName());
    private static final String BEARER = "Bearer ";
    private static volatile Optional<byte[]> token;

    private OperatorAccess() {}

    public static boolean allows(HttpServletRequest request) {
        return request.isUserInRole(Role.ADMIN_NAME) || isOperator(request);
    }

    /** Whether the request presents the operator's token (rather than an admin's session). */
    public static boolean isOperator(HttpServletRequest request) {
        return matches(request.getHeader("Authorization"), token());
    }

    static boolean matches(String authorization, Optional<byte[]> expected) {
        if (expected.isEmpty() || authorization == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        return MessageDigest.isEqual(
                sha256(authorization.substring(BEARER.length()).trim()), expected.get());
    }

    private static Optional<byte[]> token() {
        Optional<byte[]> read = token;
        if (read == null) {
            read = parse(VitrineConfig.get("VITRINE_OPERATOR_TOKEN").orElse(""));
            token = read;
        }
        return read;
    }

    static Optional<byte[]> parse(String value) {
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (trimmed.length() < MIN_LENGTH) {
            LOG.severe("VITRINE_OPERATOR_TOKEN is shorter than " + MIN_LENGTH
                    + " characters and is not accepted: only signed-in admins may fetch metrics and backups."
                    + " Make one with: openssl rand -hex 24");
            return Optional.empty();
        }
        return Optional.of(sha256(trimmed));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
