package dev.vitrine.mail.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"li.wei@example.com", "sales+quote@pearl-audio.example.cn", "12345@qq.com", "a_b-c@x.io"})
    void addressesPeopleHaveAreTaken(String address) {
        assertTrue(EmailAddress.isValid(address), address);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // issue 20: a list, mailto: parameters, markup
                "a@x.example,postmaster",
                "x@x.example?cc=victim%40evil.example&subject=hi",
                "\">@x.example",
                "\"><script>@x.example",
                // a display name, a group, several addresses, spaces and line breaks
                "Li Wei <li@x.example>",
                "staff: a@x.example;",
                "a@x.example b@x.example",
                "a@x.example\r\nBcc: b@x.example",
                // not an address at all, or not one we can write to
                "nobody",
                "a@localhost",
                "a@@x.example",
                "a..b@x.example",
                ".a@x.example",
                "a@-x.example",
                "a%b@x.example",
                "a&b@x.example"
            })
    void anythingElseIsRefused(String text) {
        assertFalse(EmailAddress.isValid(text), text);
    }

    @org.junit.jupiter.api.Test
    void overTheLongestAnAddressCanBeIsRefused() {
        assertFalse(EmailAddress.isValid("a".repeat(64) + "@" + "b".repeat(60) + ".example".repeat(24)));
        assertFalse(EmailAddress.isValid(null));
    }
}
