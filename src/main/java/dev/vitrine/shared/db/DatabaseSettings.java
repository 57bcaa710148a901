package dev.vitrine.shared.db;

import dev.vitrine.shared.config.VitrineConfig;
import java.nio.file.Path;

/**
 * Which database to use: {@code VITRINE_DB_URL}, {@code VITRINE_DB_USER} and {@code VITRINE_DB_PASSWORD},
 * else an embedded H2 file under the data directory.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static DatabaseSettings fromConfig() {
        return new DatabaseSettings(
                VitrineConfig.get("VITRINE_DB_URL").orElseGet(() -> embeddedUrl(VitrineConfig.dataDirectory())),
                VitrineConfig.get("VITRINE_DB_USER").orElse(""),
                VitrineConfig.get("VITRINE_DB_PASSWORD").orElse(""));
    }

    /** The embedded H2 database in {@code <dataDirectory>/db/vitrine.mv.db}. */
    static String embeddedUrl(Path dataDirectory) {
        // DB_CLOSE_ON_EXIT=FALSE: the server's pool, not a JVM hook, decides when connections close.
        return "jdbc:h2:file:" + dataDirectory.resolve("db").resolve("vitrine") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The URL without credentials that some drivers accept inside it, for log lines. */
    public String safeUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + safeUrl() + ", user=" + user + "]";
    }
}
