package dev.vitrine.site.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.site.entity.SiteSettings.FontStack;
import dev.vitrine.site.entity.SiteSettings.HeaderLayout;
import dev.vitrine.site.entity.SiteSettings.HomeBlock;
import dev.vitrine.site.entity.SiteSettings.Theme;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignTest {

    @Test
    void aBrandColourWhiteTextCantBeReadOnIsRefusedAndTheDefaultIsFine() {
        Design design = Design.of(new SiteSettings("声悦"));
        assertTrue(design.isBrandReadable(), "the default " + design.getBrandColour());
        design.setBrandColour("ffe066");
        assertEquals("#ffe066", design.getBrandColour(), "a picker's colour without # is taken");
        assertFalse(design.isBrandReadable());
        design.setBrandColour("#7A1F1F");
        assertEquals("#7a1f1f", design.getBrandColour());
        assertTrue(design.isBrandReadable());
        design.setBrandColour("not a colour");
        assertFalse(design.isBrandReadable(), "what isn't a colour is never readable");
        design.setBrandColour("");
        assertEquals(SiteSettings.DEFAULT_BRAND, design.getBrandColour(), "empty: the default");
    }

    @Test
    void aDraftIsKeptAsTextAndReadBackWithoutTouchingThePublishedDesign() {
        SiteSettings settings = new SiteSettings("声悦");
        Design draft = Design.of(settings);
        draft.setTheme(Theme.CATALOGUE);
        draft.setBrandColour("#7a1f1f");
        draft.setAccentColour("#2b8a3e");
        draft.setFont(FontStack.SERIF);
        draft.setLogoHeight(80);
        draft.setHeaderLayout(HeaderLayout.CENTRED);
        draft.setHomeBlocks(List.of(HomeBlock.BANNERS, HomeBlock.CATEGORIES, HomeBlock.LINKS));
        settings.setDraft(draft);

        assertEquals(Theme.SIDEBAR, settings.getTheme(), "the published design is unchanged");
        assertEquals(List.of(HomeBlock.FEATURED, HomeBlock.NEWS), settings.getHomeBlocks());
        Design read = settings.getDraft();
        assertEquals(draft.toText(), read.toText());

        SiteSettings shown = settings.withDesign(read);
        assertEquals(Theme.CATALOGUE, shown.getTheme());
        assertEquals("#7a1f1f", shown.getBrandColour());
        assertEquals(80, shown.getLogoHeight());
        assertEquals(HeaderLayout.CENTRED, shown.getHeaderLayout());
        assertEquals(List.of(HomeBlock.BANNERS, HomeBlock.CATEGORIES, HomeBlock.LINKS), shown.getHomeBlocks());
        assertNull(shown.getDraft(), "a shown copy has no draft of its own");
        assertEquals(Theme.SIDEBAR, settings.getTheme(), "withDesign copies");
    }

    @Test
    void valuesADraftNoLongerUnderstandsKeepThePublishedOnes() {
        SiteSettings settings = new SiteSettings("声悦");
        settings.setLogoHeight(60);
        Design read =
                Design.parse("theme=GALAXY;brand=#zzzzzz;logoHeight=999;header=;blocks=NEWS,GONE;future=1", settings);
        assertEquals(Theme.SIDEBAR, read.getTheme());
        assertEquals(SiteSettings.DEFAULT_BRAND, read.getBrandColour());
        assertEquals(SiteSettings.LOGO_HEIGHT_MAX, read.getLogoHeight(), "held within its bounds");
        assertEquals(HeaderLayout.INLINE, read.getHeaderLayout());
        assertEquals(List.of(HomeBlock.NEWS), read.getHomeBlocks());
    }
}
