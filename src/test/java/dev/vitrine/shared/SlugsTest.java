package dev.vitrine.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @ValueSource(strings = {"car-audio", "st-26-silk-dome-tweeter", "a", "2025"})
    void acceptsLowerCaseWordsJoinedByHyphens(String slug) {
        assertTrue(Slugs.isValid(slug));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Car-Audio",
                "-lead",
                "trail-",
                "double--hyphen",
                "with space",
                "汽车音响",
                "..",
                "a/b",
                "a.xhtml",
                "a%2e"
            })
    void refusesEverythingElse(String slug) {
        assertFalse(Slugs.isValid(slug));
    }

    @Test
    void refusesOverlongSlugsAndNull() {
        assertFalse(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1)));
        assertTrue(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH)));
        assertFalse(Slugs.isValid(null));
    }

    @Test
    void chineseTitlesGetPinyinAddresses() {
        assertEquals("gao-yin-la-ba", Slugs.fromTitle("高音喇叭"));
        assertEquals("st-26-gao-yin-tou", Slugs.fromTitle("ST-26 高音头"));
        assertEquals("qi-che-yin-xiang-2025-xin-kuan", Slugs.fromTitle("汽车音响，2025 新款！"));
        assertEquals("", Slugs.fromTitle("★☆"), "nothing to read: the caller picks an address");
    }

    @Test
    void aTakenAddressGetsTheNextFreeNumber() {
        assertEquals("tweeter", Slugs.unique("tweeter", slug -> false));
        assertEquals("tweeter-3", Slugs.unique("tweeter", slug -> slug.equals("tweeter") || slug.equals("tweeter-2")));
    }
}
