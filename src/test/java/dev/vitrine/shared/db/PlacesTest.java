package dev.vitrine.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacesTest {

    private static final List<String> ITEMS = List.of("a", "b", "c");

    @Test
    void anItemMovesOnePlaceUpOrDown() {
        assertEquals(Optional.of(List.of("b", "a", "c")), Places.moveOnePlace(ITEMS, "b", true));
        assertEquals(Optional.of(List.of("a", "c", "b")), Places.moveOnePlace(ITEMS, "b", false));
        assertEquals(List.of("a", "b", "c"), ITEMS, "the given list stays as it was");
    }

    @Test
    void nothingMovesPastEitherEndOrWhenTheItemIsNotThere() {
        assertEquals(Optional.empty(), Places.moveOnePlace(ITEMS, "a", true));
        assertEquals(Optional.empty(), Places.moveOnePlace(ITEMS, "c", false));
        assertEquals(Optional.empty(), Places.moveOnePlace(ITEMS, "x", true));
        assertEquals(Optional.empty(), Places.moveOnePlace(List.of(), "x", false));
    }
}
