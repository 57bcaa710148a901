package dev.vitrine.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReorderingTest {

    private static final List<String> ITEMS = List.of("a", "b", "c");

    @Test
    void anItemMovesOnePlaceUpOrDown() {
        assertEquals(Optional.of(List.of("b", "a", "c")), Reordering.moveOnePlace(ITEMS, "b", true));
        assertEquals(Optional.of(List.of("a", "c", "b")), Reordering.moveOnePlace(ITEMS, "b", false));
        assertEquals(List.of("a", "b", "c"), ITEMS, "the given list stays as it was");
    }

    @Test
    void nothingMovesPastEitherEndOrWhenTheItemIsNotThere() {
        assertEquals(Optional.empty(), Reordering.moveOnePlace(ITEMS, "a", true));
        assertEquals(Optional.empty(), Reordering.moveOnePlace(ITEMS, "c", false));
        assertEquals(Optional.empty(), Reordering.moveOnePlace(ITEMS, "x", true));
        assertEquals(Optional.empty(), Reordering.moveOnePlace(List.of(), "x", false));
    }
}
