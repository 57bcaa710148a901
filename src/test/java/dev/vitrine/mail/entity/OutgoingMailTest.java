package dev.vitrine.mail.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 8, 0);
    private static final List<Duration> PAUSES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5));

    @Test
    void eachFailedTryWaitsLongerAndTheLastMarksItFailed() {
        OutgoingMail mail = new OutgoingMail(List.of("a@example.com"), "Subject", "Body", NOW);

        mail.claim(NOW.plusMinutes(2));
        mail.failed("Connection refused", PAUSES, NOW);
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(NOW.plusMinutes(1), mail.getNextAttempt());

        mail.claim(NOW.plusMinutes(3));
        mail.failed("Connection refused", PAUSES, NOW.plusMinutes(1));
        assertEquals(NOW.plusMinutes(6), mail.getNextAttempt());

        mail.claim(NOW.plusMinutes(8));
        mail.failed("Connection refused", PAUSES, NOW.plusMinutes(6));
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals(3, mail.getAttempts());
        assertEquals("Connection refused", mail.getLastError());

        mail.retry(NOW.plusHours(1));
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        mail.claim(NOW.plusHours(2));
        mail.sent(NOW.plusHours(1));
        assertEquals(MailStatus.SENT, mail.getStatus());
        assertNull(mail.getLastError());
    }

    @Test
    void recipientsAreKeptInOrderAndALongErrorIsCut() {
        OutgoingMail mail = new OutgoingMail(List.of("a@example.com", "b@example.com"), "Subject", "Body", NOW);
        assertEquals(List.of("a@example.com", "b@example.com"), mail.getRecipients());
        mail.claim(NOW);
        mail.failed("x".repeat(2000), PAUSES, NOW);
        assertEquals(OutgoingMail.ERROR_LENGTH, mail.getLastError().length());
    }
}
