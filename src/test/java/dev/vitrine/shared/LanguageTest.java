package dev.vitrine.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void theAddressAloneGivesTheLanguage() {
        assertEquals(Language.ENGLISH, Language.ofPath("/en"));
        assertEquals(Language.ENGLISH, Language.ofPath("/en/"));
        assertEquals(Language.ENGLISH, Language.ofPath("/en/products/a4"));
        assertEquals(Language.CHINESE, Language.ofPath("/"));
        assertEquals(Language.CHINESE, Language.ofPath("/english-lessons"), "a Chinese page that starts with en");
        assertEquals(Language.CHINESE, Language.ofPath("/news/en"));
        assertEquals(Language.RUSSIAN, Language.ofPath("/ru/products"));
        assertEquals(Language.CHINESE, Language.ofPath("/rus"));
    }

    @Test
    void pathsGoBetweenTheLanguages() {
        assertEquals("/", Language.ENGLISH.strip("/en"));
        assertEquals("/", Language.ENGLISH.strip("/en/"));
        assertEquals("/news", Language.ENGLISH.strip("/en/news"));
        assertEquals("/news", Language.CHINESE.strip("/news"));
        assertEquals("/en/", Language.ENGLISH.path("/"));
        assertEquals("/en/products/a4", Language.ENGLISH.path("/products/a4"));
        assertEquals("/products/a4", Language.CHINESE.path("/products/a4"));
        assertEquals("/ru/news", Language.RUSSIAN.path("/news"));
        assertEquals("/news", Language.RUSSIAN.strip("/ru/news"));
    }

    @Test
    void codesNameTheLanguages() {
        assertEquals(java.util.Optional.of(Language.RUSSIAN), Language.ofCode("ru"));
        assertEquals(java.util.Optional.empty(), Language.ofCode("xx"));
        assertEquals(java.util.List.of(Language.ENGLISH, Language.RUSSIAN), Language.translated());
    }
}
