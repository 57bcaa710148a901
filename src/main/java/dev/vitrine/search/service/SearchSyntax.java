package dev.vitrine.search.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a visitor types, as Lucene's query syntax: words in quotes are a phrase; a word ending in {@code *}
 * or {@code ?} is a pattern ({@code 功*} finds 功放); the last word, which may still be being typed, also
 * finds words it begins ({@code subwoo} finds subwoofers). Every other character of the syntax is taken
 * literally, and unpaired quotes are dropped.
 */
final class SearchSyntax {

    private static final String TAKEN_LITERALLY = "\\+-!():^[]{}~|&/";
    private static final Pattern LEADING_WILDCARDS = Pattern.compile("(^|\\s)[*?]+");
    private static final Pattern OPERATORS = Pattern.compile("\\b(AND|OR|NOT)\\b");
    private static final Pattern LAST_WORD = Pattern.compile("(?:^|\\s)([\\p{L}\\p{N}]+)$");

    private SearchSyntax() {}

    static String of(String typed) {
        StringBuilder query = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            if (TAKEN_LITERALLY.indexOf(c) >= 0) {
                query.append('\\');
            }
            query.append(c);
        }
        String text = query.toString();
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            text = text.replace("\"", " ");
        }
        text = LEADING_WILDCARDS.matcher(text).replaceAll("$1");
        text = OPERATORS.matcher(text).replaceAll(operator -> operator.group(1).toLowerCase());
        Matcher last = LAST_WORD.matcher(text);
        if (last.find()) {
            String word = last.group(1);
            text = text.substring(0, last.start(1)) + "(" + word + " OR " + word + "*)";
        }
        return text.strip();
    }
}
