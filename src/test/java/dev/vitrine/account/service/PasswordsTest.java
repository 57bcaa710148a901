package dev.vitrine.account.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void generatedPasswordsAreLongUnambiguousAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String password = Passwords.generate();
            assertTrue(password.matches("[A-HJ-NP-Za-km-z2-9]{16}"), password);
            assertNull(Passwords.problemWith(password, "admin"));
            seen.add(password);
        }
        assertEquals(1_000, seen.size());
    }

    @Test
    void shortPasswordsAndTheUserNameAreRefused() {
        assertEquals("password.tooShort", Passwords.problemWith("123456", "admin"));
        assertEquals("password.tooShort", Passwords.problemWith(null, "admin"));
        assertEquals("password.sameAsUsername", Passwords.problemWith("Shop-Owner-2026", "shop-owner-2026"));
        assertNull(Passwords.problemWith("ten chars!", "admin"));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertEquals("password.common", Passwords.problemWith("1234567890", "admin"));
        assertEquals("password.common", Passwords.problemWith("Password123", "admin"));
        assertEquals("password.common", Passwords.problemWith("QWERTYUIOP", "admin"));
        assertEquals("password.common", Passwords.problemWith("woaini5201314", "admin"));
        assertNull(Passwords.problemWith("Password123 but longer", "admin"));
    }
}
