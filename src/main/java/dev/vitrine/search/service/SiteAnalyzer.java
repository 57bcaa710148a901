package dev.vitrine.search.service;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the site's texts are cut into words: Chinese (and Japanese and Korean) into overlapping pairs of
 * characters, English and Russian words lower-cased and stemmed ("subwoofers" is "subwoofer", "динамиков" is
 * "динамик"; each stemmer leaves the other's alphabet alone). Pairs, not a dictionary's
 * words: any run of two or more characters that is in a text finds it (四声道 is the pairs 四声 and 声道, one
 * after the other), whatever a segmenter would have made of it, and nothing is loaded at start (the Smart
 * Chinese dictionary it replaces was read by Java serialization, which WildFly's default filter refuses).
 * The index also keeps each character alone, so that a one-character search finds it.
 */
final class SiteAnalyzer extends Analyzer {

    private final boolean singleCharacters;

    private SiteAnalyzer(boolean singleCharacters) {
        this.singleCharacters = singleCharacters;
    }

    /** For the texts indexed: pairs and single characters. */
    static SiteAnalyzer forTexts() {
        return new SiteAnalyzer(true);
    }

    /** For what visitors search: pairs (a character alone stays one). */
    static SiteAnalyzer forSearches() {
        return new SiteAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(words);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(
                stream,
                CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
                singleCharacters);
        stream = new EnglishPossessiveFilter(stream);
        stream = new PorterStemFilter(stream);
        stream = new RussianLightStemFilter(stream);
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
