package dev.vitrine.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.text.PlainText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path data;

    private final List<SearchSource> items = new ArrayList<>();
    private final SearchSources sources = new SearchSources() {
        @Override
        public List<SearchSource> visible(ItemKind kind, long id) {
            return items.stream().filter(item -> item.id() == id).toList();
        }

        @Override
        public List<SearchSource> allVisible() {
            return List.copyOf(items);
        }
    };

    @BeforeEach
    void dataDirectory() {
        System.setProperty("vitrine.data.dir", data.toString());
        items.add(item(1, "A4 四声道 D 类功放", "<p>4 x 80 W &amp; 桥接</p>"));
        items.add(item(2, "Protect your battery in winter", "Cold mornings drain batteries <b>fast</b>."));
    }

    @AfterEach
    void forgetDataDirectory() {
        System.clearProperty("vitrine.data.dir");
    }

    private static SearchSource item(long id, String title, String body) {
        return item(id, Language.CHINESE, title, body);
    }

    private static SearchSource item(long id, Language language, String title, String body) {
        return new SearchSource(
                ItemKind.ARTICLE,
                id,
                language,
                language.path("/news/item-" + id),
                title,
                null,
                PlainText.of(body),
                LocalDateTime.of(2026, 11, id == 1 ? 1 : 2, 9, 0));
    }

    @Test
    void findsChineseWordsAndStemmedEnglishWithTheWordsMarkedAndTheTextEscaped() {
        SearchIndex index = new SearchIndex(sources);
        try {
            SearchHit amplifier =
                    index.search("功放", Language.CHINESE, 1, 10).hits().get(0);
            assertEquals("/news/item-1", amplifier.path());
            assertEquals("A4 四声道 D 类<mark>功放</mark>", amplifier.titleHtml());
            assertEquals("4 x 80 W &amp; 桥接", amplifier.snippetHtml(), "escaped text when nothing in it is marked");

            SearchHit battery = index.search("battery draining", Language.CHINESE, 1, 10)
                    .hits()
                    .get(0);
            assertEquals("/news/item-2", battery.path());
            assertTrue(battery.snippetHtml().contains("<mark>drain</mark>"), battery.snippetHtml());
            assertTrue(battery.snippetHtml().contains("<mark>batteries</mark>"), battery.snippetHtml());

            assertEquals(0, index.search("  ", Language.CHINESE, 1, 10).total());
            assertEquals(
                    0, index.search("\\\"(AND", Language.CHINESE, 1, 10).total(), "query syntax is taken as words");
        } finally {
            index.close();
        }
    }

    /** Issue 25: 四声道 was in two titles and found nothing; quotes were not a phrase; 功* found nothing. */
    @Test
    void anyRunOfCharactersInATextFindsItQuotesAreAPhraseAndPatternsAndBeginningsFindWords() {
        items.add(item(3, "六声道 DSP 处理器", "<p>声道之间的延时可调，六路输出</p>"));
        items.add(item(4, "Slim under-seat subwoofer", "<p>Fits under the seat of a compact car</p>"));
        SearchIndex index = new SearchIndex(sources);
        try {
            assertEquals(List.of("/news/item-1"), paths(index, "四声道"));
            assertEquals(
                    "A4 <mark>四声道</mark> D 类功放",
                    index.search("四声道", Language.CHINESE, 1, 10).hits().get(0).titleHtml());
            assertEquals(List.of("/news/item-1"), paths(index, "四 声道"), "both, anywhere in the item");
            assertEquals(List.of("/news/item-3", "/news/item-1"), sorted(paths(index, "声道")));
            assertEquals(List.of("/news/item-3"), paths(index, "处理"), "two characters inside a longer word");
            assertEquals(List.of("/news/item-3"), paths(index, "\"声道之间\""));
            assertEquals(List.of(), paths(index, "\"under the car\""), "a phrase is its words in their order");
            assertEquals(List.of("/news/item-4"), paths(index, "\"under the seat\""));
            assertEquals(List.of("/news/item-1"), paths(index, "功*"));
            assertEquals(List.of("/news/item-1"), paths(index, "功?"));
            assertEquals(List.of("/news/item-4"), paths(index, "subwoo"), "the word being typed");
            assertEquals(List.of("/news/item-4"), paths(index, "compact subw"));
            assertEquals(List.of(), paths(index, "compact winter"), "every word must be found");
        } finally {
            index.close();
        }
    }

    private static List<String> paths(SearchIndex index, String words) {
        return index.search(words, Language.CHINESE, 1, 10).hits().stream()
                .map(SearchHit::path)
                .toList();
    }

    private static List<String> sorted(List<String> paths) {
        return paths.stream().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    @Test
    void eachLanguageFindsOnlyItsOwnVersionsOfTheItems() {
        items.add(item(1, Language.ENGLISH, "A4 four-channel class D amplifier", "<p>4 x 80 W, bridgeable</p>"));
        SearchIndex index = new SearchIndex(sources);
        try {
            SearchHit english =
                    index.search("amplifiers", Language.ENGLISH, 1, 10).hits().get(0);
            assertEquals("/en/news/item-1", english.path());
            assertEquals(1, index.search("amplifiers", Language.ENGLISH, 1, 10).total());
            assertEquals(0, index.search("amplifiers", Language.CHINESE, 1, 10).total());
            assertEquals(0, index.search("功放", Language.ENGLISH, 1, 10).total());
            assertEquals(0, index.search("winter", Language.ENGLISH, 1, 10).total(), "only in the Chinese site");
        } finally {
            index.close();
        }
    }

    @Test
    void russianWordsAreFoundInAnyOfTheirFormsAndOnlyOnTheRussianSite() {
        items.add(item(
                1, Language.RUSSIAN, "Компонентная акустика CS-65", "<p>Замена штатных динамиков в дверях, 4 Ом</p>"));
        SearchIndex index = new SearchIndex(sources);
        try {
            SearchHit hit =
                    index.search("динамики", Language.RUSSIAN, 1, 10).hits().get(0);
            assertEquals("/ru/news/item-1", hit.path());
            assertTrue(hit.snippetHtml().contains("<mark>динамиков</mark>"), hit.snippetHtml());
            assertEquals(1, index.search("АКУСТИКУ", Language.RUSSIAN, 1, 10).total(), "case and ending aside");
            assertEquals(0, index.search("динамики", Language.ENGLISH, 1, 10).total());
            assertEquals(0, index.search("динамики", Language.CHINESE, 1, 10).total());
        } finally {
            index.close();
        }
    }

    @Test
    void aDamagedIndexIsBuiltAgainFromTheSources() throws IOException {
        SearchIndex first = new SearchIndex(sources);
        assertEquals(1, first.search("battery", Language.CHINESE, 1, 10).total());
        first.close();
        try (Stream<Path> files = Files.list(data.resolve("search"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        items.add(item(3, "Winter tyres and batteries", ""));
        SearchIndex reopened = new SearchIndex(sources);
        try {
            assertEquals(
                    2,
                    reopened.search("battery", Language.CHINESE, 1, 10).total(),
                    "rebuilt, with what the sources hold now");
        } finally {
            reopened.close();
        }
    }
}
