package dev.vitrine.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagingTest {

    @Test
    void absentPageMeansTheFirst() {
        assertEquals(Optional.of(1), Paging.parsePage(null));
    }

    @Test
    void readsPositiveNumbers() {
        assertEquals(Optional.of(1), Paging.parsePage("1"));
        assertEquals(Optional.of(42), Paging.parsePage("42"));
        assertEquals(Optional.of(Paging.MAX_PAGE), Paging.parsePage(String.valueOf(Paging.MAX_PAGE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "abc", "1.5", " 2", "2 ", "+3", "1e3", "99999999999999", "100001", "０"})
    void refusesWhatIsNotAPageNumber(String raw) {
        assertEquals(Optional.empty(), Paging.parsePage(raw));
    }

    @Test
    void countsPagesWithAtLeastOne() {
        assertEquals(1, Paging.pageCount(0, 6));
        assertEquals(1, Paging.pageCount(6, 6));
        assertEquals(2, Paging.pageCount(7, 6));
        assertEquals(3, Paging.pageCount(13, 6));
    }

    @Test
    void firstResultOfAPage() {
        assertEquals(0, Paging.firstResult(1, 10));
        assertEquals(20, Paging.firstResult(3, 10));
    }
}
