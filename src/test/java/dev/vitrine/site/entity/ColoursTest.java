package dev.vitrine.site.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColoursTest {

    @Test
    void contrastIsComputedAsWcagDoes() {
        assertEquals(21.0, Colours.contrast("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, Colours.contrast("#777777", "#777777"), 0.01);
        assertEquals(4.48, Colours.contrast("#777777", "#ffffff"), 0.01);
    }

    @Test
    void aBrandColourWhiteTextCantBeReadOnIsRefusedAndTheDefaultIsFine() {
        SiteSettings settings = new SiteSettings("声悦");
        assertTrue(settings.isBrandReadable(), "the default " + settings.getBrandColour());
        settings.setBrandColour("ffe066");
        assertEquals("#ffe066", settings.getBrandColour(), "a picker's colour without # is taken");
        assertFalse(settings.isBrandReadable());
        settings.setBrandColour("#7A1F1F");
        assertTrue(settings.isBrandReadable());
        settings.setBrandColour("");
        assertEquals(SiteSettings.DEFAULT_BRAND, settings.getBrandColour(), "empty: the default");
    }
}
