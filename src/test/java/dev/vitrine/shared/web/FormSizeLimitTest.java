package dev.vitrine.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormSizeLimitTest {

    @Test
    void aFormPastTheContainersLimitIsRefusedAndNothingElseIs() {
        assertTrue(FormSizeLimit.isTooLarge("application/x-www-form-urlencoded", 5_000_000));
        assertTrue(FormSizeLimit.isTooLarge("Application/X-WWW-Form-Urlencoded; charset=UTF-8", 2_097_153));
        assertFalse(FormSizeLimit.isTooLarge("application/x-www-form-urlencoded", 2_097_152));
        assertTrue(FormSizeLimit.isTooLarge("application/x-www-form-urlencoded", -1), "chunked: length unknown");
        assertFalse(FormSizeLimit.isTooLarge("multipart/form-data; boundary=x", 5_000_000), "uploads: own limits");
        assertFalse(FormSizeLimit.isTooLarge(null, 5_000_000));
    }
}
