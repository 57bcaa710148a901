package dev.vitrine.search.service;

import dev.vitrine.search.entity.SearchTerm;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The searches of this instance not written yet, added up by term. Anonymous visitors fill it, so it holds
 * at most {@value #MAX_TERMS} terms: past that, a new term waits for the next write (it is not counted).
 */
@ApplicationScoped
public class SearchTally {

    static final int MAX_TERMS = 1_000;

    /** The searches for a term, and how many results the last one found. */
    public record Count(int searches, int results) {}

    private Map<String, Count> pending = new HashMap<>();

    /** Counts a search (a first page of results) for {@code words}, which found {@code results}. */
    public synchronized void searched(String words, long results) {
        String term = term(words);
        if (term.isEmpty() || (pending.size() >= MAX_TERMS && !pending.containsKey(term))) {
            return;
        }
        int found = (int) Math.min(results, Integer.MAX_VALUE);
        pending.merge(term, new Count(1, found), (before, now) -> new Count(before.searches() + 1, found));
    }

    /** What was counted since the last call, which starts a new tally. */
    public synchronized Map<String, Count> take() {
        Map<String, Count> taken = pending;
        pending = new HashMap<>();
        return taken;
    }

    /** Puts back what a write could not store, unless new searches have filled the tally meanwhile. */
    public synchronized void putBack(Map<String, Count> unwritten) {
        unwritten.forEach((term, count) -> {
            if (pending.size() < MAX_TERMS || pending.containsKey(term)) {
                pending.merge(
                        term, count, (now, before) -> new Count(now.searches() + before.searches(), now.results()));
            }
        });
    }

    /** The term a search is counted under: its words in lower case, spaces made one, cut to the longest kept. */
    static String term(String words) {
        String term = words == null ? "" : words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return term.length() > SearchTerm.TERM_LENGTH ? term.substring(0, SearchTerm.TERM_LENGTH) : term;
    }
}
