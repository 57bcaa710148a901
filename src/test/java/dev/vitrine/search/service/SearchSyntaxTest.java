package dev.vitrine.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchSyntaxTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "功放|(功放 OR 功放*)",
                "'  四 声道 '|四 (声道 OR 声道*)",
                "\"under the seat\"|\"under the seat\"",
                "\"unpaired quote|unpaired (quote OR quote*)",
                "功*|功*",
                "*放|(放 OR 放*)",
                "a+b (c)|a\\+b \\(c\\)",
                "AND OR|and (or OR or*)",
                "a/b c:d|a\\/b c\\:d"
            })
    void typedWordsBecomeQuerySyntax(String typed, String syntax) {
        assertEquals(syntax, SearchSyntax.of(typed));
    }
}
