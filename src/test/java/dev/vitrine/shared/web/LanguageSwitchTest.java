package dev.vitrine.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageSwitchTest {

    @Test
    void goesBackToAPageOfThisSite() {
        assertEquals("/news/winter?page=2", LanguageSwitch.localPath("/news/winter?page=2"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "news", "/a\r\nSet-Cookie: x"})
    void neverRedirectsElsewhere(String back) {
        assertEquals("/", LanguageSwitch.localPath(back));
    }

    @Test
    void noBackMeansHome() {
        assertEquals("/", LanguageSwitch.localPath(null));
    }
}
