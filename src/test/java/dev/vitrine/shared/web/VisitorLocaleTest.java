package dev.vitrine.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisitorLocaleTest {

    @Test
    void chineseWhenTheBrowserSaysNothing() {
        assertEquals(VisitorLocale.CHINESE, VisitorLocale.choose(Optional.empty(), List.of(Locale.US), false));
    }

    @Test
    void firstSpokenLanguageOfTheBrowser() {
        assertEquals(
                VisitorLocale.ENGLISH,
                VisitorLocale.choose(
                        Optional.empty(),
                        List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("en-GB"), Locale.CHINA),
                        true));
        assertEquals(
                VisitorLocale.CHINESE,
                VisitorLocale.choose(Optional.empty(), List.of(Locale.forLanguageTag("zh-TW"), Locale.ENGLISH), true));
    }

    @Test
    void chineseWhenTheBrowserSpeaksNothingWeDo() {
        assertEquals(VisitorLocale.CHINESE, VisitorLocale.choose(Optional.empty(), List.of(Locale.FRENCH), true));
    }

    @Test
    void theVisitorsChoiceWins() {
        assertEquals(VisitorLocale.ENGLISH, VisitorLocale.choose(Optional.of("en"), List.of(Locale.CHINA), true));
        assertEquals(VisitorLocale.CHINESE, VisitorLocale.choose(Optional.of("zh"), List.of(Locale.ENGLISH), true));
    }

    @Test
    void anUnknownChoiceIsIgnored() {
        assertEquals(VisitorLocale.ENGLISH, VisitorLocale.choose(Optional.of("xx"), List.of(Locale.ENGLISH), true));
    }
}
