package dev.vitrine.mail.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    private static Optional<SmtpSettings> from(Map<String, String> config) {
        return SmtpSettings.from(name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void withoutAHostOrAFromAddressThereIsNoMail() {
        assertTrue(from(Map.of()).isEmpty());
        assertTrue(from(Map.of("VITRINE_SMTP_HOST", "smtp.example.com")).isEmpty());
        assertTrue(from(Map.of("VITRINE_SMTP_FROM", "shop@example.com")).isEmpty());
    }

    @Test
    void theDefaultsAreSubmissionWithStartTlsAndTheUsualPauses() {
        SmtpSettings smtp = from(Map.of(
                        "VITRINE_SMTP_HOST", "smtp.example.com", "VITRINE_SMTP_FROM", "shop@example.com"))
                .orElseThrow();
        Properties session = smtp.sessionProperties();
        assertEquals("587", session.getProperty("mail.smtp.port"));
        assertEquals("true", session.getProperty("mail.smtp.starttls.required"));
        assertEquals("false", session.getProperty("mail.smtp.auth"));
        assertEquals("15000", session.getProperty("mail.smtp.timeout"));
        assertEquals(
                List.of(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(30),
                        Duration.ofHours(2),
                        Duration.ofHours(12)),
                smtp.retries());
    }

    @Test
    void port465IsTlsFromTheStartAndAUserMeansSigningIn() {
        Properties session = from(Map.of(
                        "VITRINE_SMTP_HOST", "smtp.example.com",
                        "VITRINE_SMTP_FROM", "shop@example.com",
                        "VITRINE_SMTP_PORT", "465",
                        "VITRINE_SMTP_USER", "shop"))
                .orElseThrow()
                .sessionProperties();
        assertEquals("true", session.getProperty("mail.smtp.ssl.enable"));
        assertFalse(session.containsKey("mail.smtp.starttls.enable"));
        assertEquals("true", session.getProperty("mail.smtp.auth"));
    }

    @Test
    void pausesAreWrittenInSecondsMinutesOrHours() {
        assertEquals(
                List.of(Duration.ofSeconds(2), Duration.ofMinutes(3), Duration.ofHours(4)),
                SmtpSettings.pauses("2s, 3m,4h"));
        IllegalArgumentException wrong =
                assertThrows(IllegalArgumentException.class, () -> SmtpSettings.pauses("1m,soon"));
        assertTrue(wrong.getMessage().contains("\"soon\""), wrong.getMessage());
    }
}
