package dev.vitrine.account.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password hashing with the server's PBKDF2 (Jakarta Security): HmacSHA256, 600,000 iterations, a random
 * 32-byte salt per password. The stored form names its own parameters, so raising them later still
 * verifies old hashes.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Pbkdf2PasswordHash hash;

    /** A hash no password is known to match, made once: for checking passwords of users who don't exist. */
    private volatile String unmatchable;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "600000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }

    /**
     * Whether the password matches a stored hash; with no stored hash (no such user) the same work is
     * done against a hash of nothing, so the answer takes as long either way.
     */
    public boolean matchesInEqualTime(String password, String stored) {
        boolean matches = hash.verify(password.toCharArray(), stored == null ? unmatchable() : stored);
        return stored != null && matches;
    }

    private String unmatchable() {
        if (unmatchable == null) {
            unmatchable = hash(generate());
        }
        return unmatchable;
    }

    /** A random password of 16 letters and digits (no look-alikes), about 93 bits. */
    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** The message key of what is wrong with a new password, or {@code null} if it will do. */
    public static String problemWith(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password.tooShort";
        }
        if (password.equalsIgnoreCase(username)) {
            return "password.sameAsUsername";
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return "password.common";
        }
        return null;
    }

    /** The passwords people choose first ({@code common-passwords.txt}, in lower case). */
    private static final Set<String> COMMON = readCommon();

    private static Set<String> readCommon() {
        try (InputStream in = Passwords.class.getResourceAsStream("/common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
