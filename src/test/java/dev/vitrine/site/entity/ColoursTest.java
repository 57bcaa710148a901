package dev.vitrine.site.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColoursTest {

    @Test
    void contrastIsComputedAsWcagDoes() {
        assertEquals(21.0, Colours.contrast("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, Colours.contrast("#777777", "#777777"), 0.01);
        assertEquals(4.48, Colours.contrast("#777777", "#ffffff"), 0.01);
    }
}
