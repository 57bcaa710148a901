package dev.vitrine.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.search.service.SearchTally.Count;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTallyTest {

    @Test
    void searchesForTheSameWordsAreOneTermWithTheLastResultCount() {
        SearchTally tally = new SearchTally();
        tally.searched("四声道 功放", 3);
        tally.searched("  四声道   功放 ", 2);
        tally.searched("Amplifier", 0);
        tally.searched("amplifier", 1);
        tally.searched("   ", 5);

        assertEquals(Map.of("四声道 功放", new Count(2, 2), "amplifier", new Count(2, 1)), tally.take());
        assertTrue(tally.take().isEmpty(), "taking starts a new tally");
    }

    @Test
    void newTermsPastTheBoundWaitButKnownOnesAreStillCounted() {
        SearchTally tally = new SearchTally();
        for (int i = 0; i < SearchTally.MAX_TERMS; i++) {
            tally.searched("term " + i, 1);
        }
        tally.searched("one too many", 1);
        tally.searched("term 7", 4);

        Map<String, Count> taken = tally.take();
        assertEquals(SearchTally.MAX_TERMS, taken.size());
        assertEquals(new Count(2, 4), taken.get("term 7"));
    }

    @Test
    void whatAWriteCouldNotStoreIsAddedToWhatCameSince() {
        SearchTally tally = new SearchTally();
        tally.searched("subwoofer", 4);
        Map<String, Count> failed = tally.take();
        tally.searched("subwoofer", 5);
        tally.putBack(failed);

        assertEquals(Map.of("subwoofer", new Count(2, 5)), tally.take());
    }

    @Test
    void aTermIsCutToTheLongestKept() {
        assertEquals(100, SearchTally.term("x".repeat(150)).length());
    }
}
