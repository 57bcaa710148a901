package dev.vitrine.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListParametersTest {

    @Test
    void noParametersMeansAllCategoriesFirstPage() {
        assertEquals(Optional.of(new ListParameters(null, 1)), ListParameters.parse(null, null));
    }

    @Test
    void readsCategoryAndPage() {
        assertEquals(Optional.of(new ListParameters("car-audio", 2)), ListParameters.parse("car-audio", "2"));
    }

    @Test
    void malformedCategoryOrPageIsRefused() {
        assertEquals(Optional.empty(), ListParameters.parse("../etc", "1"));
        assertEquals(Optional.empty(), ListParameters.parse("car-audio", "x"));
        assertEquals(Optional.empty(), ListParameters.parse(null, "0"));
    }
}
