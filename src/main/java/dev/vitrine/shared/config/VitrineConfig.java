package dev.vitrine.shared.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Run-time configuration: one WAR for every environment, so nothing here is fixed at build time.
 *
 * <p>Each setting is read from a system property ({@code -Dvitrine.db.url=...}) or else from the
 * environment ({@code VITRINE_DB_URL=...}), the property winning so that a test can override the
 * environment it inherited.
 */
public final class VitrineConfig {

    private VitrineConfig() {}

    /** The value of a setting named like {@code VITRINE_DB_URL}, if set and not blank. */
    public static Optional<String> get(String envName) {
        String property = envName.toLowerCase().replace('_', '.');
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(envName);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Where the embedded database and uploaded media live: {@code VITRINE_DATA_DIR}, else {@code ./data}. */
    public static Path dataDirectory() {
        return Path.of(get("VITRINE_DATA_DIR").orElse("data")).toAbsolutePath().normalize();
    }

    /**
     * Where uploaded pictures live: {@code VITRINE_MEDIA_DIR}, else {@code media} in the data directory.
     * Instances of one site share it (a shared folder), each keeping its own data directory.
     */
    public static Path mediaDirectory() {
        return get("VITRINE_MEDIA_DIR")
                .map(dir -> Path.of(dir).toAbsolutePath().normalize())
                .orElse(dataDirectory().resolve("media"));
    }

    /** The shop's time zone, in which publish times are entered and shown. */
    public static ZoneId timeZone() {
        return ZoneId.of(get("VITRINE_TIMEZONE").orElse("Asia/Shanghai"));
    }

    /** Whether an empty database gets the demo shop. */
    public static boolean demoContent() {
        return !get("VITRINE_DEMO_CONTENT").orElse("true").equalsIgnoreCase("false");
    }
}
