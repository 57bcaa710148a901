package dev.vitrine.inquiry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InquiryLimitsTest {

    @Test
    void oneAddressIsRefusedPastItsDaysBound() {
        assertEquals(Optional.empty(), InquiryLimits.refusal(InquiryLimits.PER_ADDRESS_PER_DAY - 1, 0));
        assertEquals(
                Optional.of("inquiry.tooManyFromAddress"),
                InquiryLimits.refusal(InquiryLimits.PER_ADDRESS_PER_DAY, InquiryLimits.PER_ADDRESS_PER_DAY));
    }

    @Test
    void everyoneIsRefusedPastTheSitesDaysBound() {
        assertEquals(Optional.empty(), InquiryLimits.refusal(0, InquiryLimits.PER_DAY - 1));
        assertEquals(Optional.of("inquiry.tooMany"), InquiryLimits.refusal(0, InquiryLimits.PER_DAY));
    }
}
