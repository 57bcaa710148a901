package dev.vitrine.site.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteSettingsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "020-3852 6671",
                "+86 (20) 3852-6671",
                "400.888.0000",
                "020-3852 6671 转 8",
                "0755 1234 5678 ext. 12",
                "13800138000",
                ""
            })
    void phoneNumbersAsShopsWriteThem(String phone) {
        assertTrue(phone.matches(SiteSettings.PHONE_PATTERN), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call us", "<script>", "020-3852 6671; DROP", "电话：020-3852"})
    void anythingElseIsNotAPhoneNumber(String text) {
        assertFalse(text.matches(SiteSettings.PHONE_PATTERN), text);
    }
}
