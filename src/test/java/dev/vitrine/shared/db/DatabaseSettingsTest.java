package dev.vitrine.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty("vitrine.db.url");
        System.clearProperty("vitrine.db.user");
        System.clearProperty("vitrine.data.dir");
    }

    @Test
    void embeddedH2FileUnderTheDataDirectory() {
        System.setProperty("vitrine.data.dir", "/srv/shop/data");
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        assertTrue(settings.url().startsWith("jdbc:h2:file:" + Path.of("/srv/shop/data/db/vitrine")), settings.url());
    }

    @Test
    void theConfiguredDatabaseWins() {
        System.setProperty("vitrine.db.url", "jdbc:postgresql://127.0.0.1:5432/shop");
        System.setProperty("vitrine.db.user", "shop");
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        assertEquals("jdbc:postgresql://127.0.0.1:5432/shop", settings.url());
        assertEquals("shop", settings.user());
    }

    @Test
    void logLinesNeverShowTheQueryPartOfAUrl() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:mariadb://db/shop?password=secret", "u", "p");
        assertFalse(settings.toString().contains("secret"));
        assertFalse(settings.toString().contains("=p"));
    }

    @Test
    void findsTheBundledDriverForEachSupportedDatabase() {
        assertTrue(driverOf("jdbc:h2:mem:x").startsWith("org.h2."));
        assertTrue(driverOf("jdbc:postgresql://127.0.0.1/test").startsWith("org.postgresql."));
        assertTrue(driverOf("jdbc:mariadb://127.0.0.1/test").startsWith("org.mariadb."));
        assertTrue(driverOf("jdbc:mysql://127.0.0.1/test?permitMysqlScheme").startsWith("org.mariadb."));
    }

    private static String driverOf(String url) {
        return VitrineDataSource.findDriver(url).getClass().getName();
    }

    @Test
    void anUnsupportedUrlIsAClearError() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> VitrineDataSource.findDriver("jdbc:oracle:thin:@db:1521/x?password=secret"));
        assertTrue(e.getMessage().contains("jdbc:postgresql:"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
}
