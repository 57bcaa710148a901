package dev.vitrine.inquiry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpamCheckTest {

    private static final Optional<Duration> HALF_A_MINUTE = Optional.of(Duration.ofSeconds(30));
    private static final String ORDINARY = "张先生 请问 ST-26 高音头装在 2019 款卡罗拉上需要改线吗？ https://example.com/car";

    @Test
    void anOrdinaryInquiryPassesEveryRule() {
        assertTrue(SpamCheck.reasons("", HALF_A_MINUTE, ORDINARY).isEmpty());
    }

    @Test
    void eachRuleCatchesItsCase() {
        assertEquals(List.of("honeypot"), SpamCheck.reasons("http://seo.example", HALF_A_MINUTE, ORDINARY));
        assertEquals(
                List.of("tooFast", "links"),
                SpamCheck.reasons(
                        "", Optional.of(Duration.ofSeconds(1)), "http://a.example www.b.example [url=c]d[/url]"));
        assertEquals(List.of("unsignedForm"), SpamCheck.reasons("", Optional.empty(), ORDINARY));
        assertEquals(
                List.of("links"),
                SpamCheck.reasons("", HALF_A_MINUTE, "cheap http://a.example www.b.example [url=c]d[/url]"));
    }

    /** Issue 25: a real customer who typed fast went to the spam folder and never heard back. */
    @Test
    void aCustomerInAHurryIsNotSpam() {
        assertEquals(
                List.of(), SpamCheck.reasons("", Optional.of(Duration.ofSeconds(2)), "急！请马上回电，要 50 台功放 13800001111"));
    }

    @Test
    void aFormTokenTellsItsAgeAndCannotBeMadeUp() {
        FormToken tokens = new FormToken(new byte[32]);
        Instant handedOut = Instant.parse("2026-11-30T08:00:00Z");
        String token = tokens.issue(handedOut);
        assertEquals(Optional.of(Duration.ofSeconds(40)), tokens.age(token, handedOut.plusSeconds(40)));
        String forged = handedOut.minusSeconds(3600).toEpochMilli() + token.substring(token.indexOf('.'));
        assertEquals(Optional.empty(), tokens.age(forged, handedOut), "an older time with the same signature");
        assertEquals(
                Optional.empty(),
                new FormToken("another key".getBytes(StandardCharsets.UTF_8)).age(token, handedOut),
                "another key's token");
        assertEquals(Optional.empty(), tokens.age("garbage", handedOut));
        assertEquals(Optional.empty(), tokens.age(null, handedOut));
    }
}
