package dev.vitrine.moving.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vitrine.media.service.RemotePictures;
import dev.vitrine.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** What an admin may say of the old site's database: each field checked, and no host of a private network. */
class OldSiteDatabaseTest {

    @Test
    void eachFieldThatCantBeOneIsRefusedNamingIt() {
        assertRefused("moving.database.host", () -> database("db.example.com/x?allowLocalInfile=true", 3306, "cms"));
        assertRefused("moving.database.host", () -> database(" ", 3306, "cms"));
        assertRefused("moving.database.port", () -> database("db.example.com", 0, "cms"));
        assertRefused("moving.database.port", () -> database("db.example.com", 65536, "cms"));
        assertRefused("moving.database.name", () -> database("db.example.com", 3306, "cms?allowLocalInfile=true"));
        assertRefused("moving.database.name", () -> database("db.example.com", 3306, "a/b"));
        assertRefused("moving.database.user", () -> new OldSiteDatabase("db.example.com", 3306, "cms", " ", "x"));
        assertDoesNotThrow(() -> database("[::1]", null, "织梦_cms$2"));
    }

    @Test
    void aHostOfAPrivateNetworkIsRefusedToStaffAndAPublicOneNot() {
        for (String host : new String[] {"127.0.0.1", "localhost", "10.1.2.3", "192.168.1.20", "[::1]"}) {
            assertRefused(
                    "moving.database.private", () -> database(host, 3306, "cms").checkHostFor(new RemotePictures()));
        }
        assertDoesNotThrow(() -> database("203.0.113.9", 3306, "cms").checkHostFor(new RemotePictures()));
    }

    @Test
    void itsTextNeverHoldsThePassword() {
        OldSiteDatabase database = new OldSiteDatabase("db.example.com", null, "cms", "pboot", "s3cret");
        assertEquals("pboot@db.example.com:3306/cms", database.toString());
        assertFalse(database.toString().contains("s3cret"));
    }

    private static OldSiteDatabase database(String host, Integer port, String name) {
        return new OldSiteDatabase(host, port, name, "pboot", "secret");
    }

    private static void assertRefused(String key, Runnable attempt) {
        assertEquals(key, assertThrows(BusinessException.class, attempt::run).getMessageKey());
    }
}
