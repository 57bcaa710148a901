package dev.vitrine.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorAccessTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void theBearerOfTheTokenIsLetInAndNobodyElse() {
        Optional<byte[]> expected = OperatorAccess.parse(TOKEN);
        assertTrue(OperatorAccess.matches("Bearer " + TOKEN, expected));
        assertFalse(OperatorAccess.matches("Bearer " + TOKEN.substring(1), expected));
        assertFalse(OperatorAccess.matches("Bearer " + TOKEN + "0", expected));
        assertFalse(OperatorAccess.matches("Basic " + TOKEN, expected));
        assertFalse(OperatorAccess.matches(TOKEN, expected));
        assertFalse(OperatorAccess.matches(null, expected));
    }

    @Test
    void withoutATokenOrWithAShortOneNoBearerIsLetIn() {
        assertTrue(OperatorAccess.parse("").isEmpty());
        assertTrue(OperatorAccess.parse("short-and-guessable").isEmpty());
        assertFalse(OperatorAccess.matches("Bearer ", OperatorAccess.parse("")));
        assertFalse(OperatorAccess.matches("Bearer short-and-guessable", OperatorAccess.parse("short-and-guessable")));
    }
}
