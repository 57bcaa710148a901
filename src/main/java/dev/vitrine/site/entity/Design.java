package dev.vitrine.site.entity;

import dev.vitrine.site.entity.SiteSettings.FontStack;
import dev.vitrine.site.entity.SiteSettings.HeaderLayout;
import dev.vitrine.site.entity.SiteSettings.HomeBlock;
import dev.vitrine.site.entity.SiteSettings.Theme;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the public pages look: layout, colours, fonts, the logo's size, the header and the home page's blocks.
 * The published design lives in the site settings' own columns; a draft is kept beside it as text ({@link
 * #toText}), seen only by staff who preview it, until it is published.
 */
public class Design implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Theme theme = Theme.SIDEBAR;

    @Pattern(regexp = Colours.PATTERN, message = "{vitrine.colour}")
    private String brandColour = SiteSettings.DEFAULT_BRAND;

    @Pattern(regexp = Colours.PATTERN, message = "{vitrine.colour}")
    private String accentColour = SiteSettings.DEFAULT_ACCENT;

    @NotNull
    private FontStack font = FontStack.SANS;

    @Min(SiteSettings.LOGO_HEIGHT_MIN)
    @Max(SiteSettings.LOGO_HEIGHT_MAX)
    private int logoHeight = SiteSettings.LOGO_HEIGHT_DEFAULT;

    @NotNull
    private HeaderLayout headerLayout = HeaderLayout.INLINE;

    private List<HomeBlock> homeBlocks = new ArrayList<>(List.of(HomeBlock.FEATURED, HomeBlock.NEWS));

    /** The design the settings show now. */
    public static Design of(SiteSettings settings) {
        Design design = new Design();
        design.theme = settings.getTheme();
        design.brandColour = settings.getBrandColour();
        design.accentColour = settings.getAccentColour();
        design.font = settings.getFont();
        design.logoHeight = settings.getLogoHeight();
        design.headerLayout = settings.getHeaderLayout();
        design.homeBlocks = new ArrayList<>(settings.getHomeBlocks());
        return design;
    }

    /** Gives the settings this design. */
    public void applyTo(SiteSettings settings) {
        settings.setTheme(theme);
        settings.setBrandColour(brandColour);
        settings.setAccentColour(accentColour);
        settings.setFont(font);
        settings.setLogoHeight(logoHeight);
        settings.setHeaderLayout(headerLayout);
        settings.setHomeBlocks(homeBlocks);
    }

    /** The design as one line of {@code name=value} pairs, as a draft is stored. */
    public String toText() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("theme", theme.name());
        values.put("brand", brandColour);
        values.put("accent", accentColour);
        values.put("font", font.name());
        values.put("logoHeight", Integer.toString(logoHeight));
        values.put("header", headerLayout.name());
        values.put("blocks", homeBlocks.stream().map(Enum::name).collect(Collectors.joining(",")));
        return values.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(";"));
    }

    /**
     * A design stored by {@link #toText}, starting from {@code base}: a value no longer understood (an
     * older or newer version's) keeps the base's.
     */
    public static Design parse(String text, SiteSettings base) {
        Design design = of(base);
        for (String pair : text.split(";")) {
            String[] entry = pair.split("=", 2);
            String value = entry.length == 2 ? entry[1] : "";
            try {
                switch (entry[0]) {
                    case "theme" -> design.theme = Theme.valueOf(value);
                    case "brand" -> design.brandColour = colour(value, design.brandColour);
                    case "accent" -> design.accentColour = colour(value, design.accentColour);
                    case "font" -> design.font = FontStack.valueOf(value);
                    case "logoHeight" ->
                        design.logoHeight = Math.max(
                                SiteSettings.LOGO_HEIGHT_MIN,
                                Math.min(SiteSettings.LOGO_HEIGHT_MAX, Integer.parseInt(value)));
                    case "header" -> design.headerLayout = HeaderLayout.valueOf(value);
                    case "blocks" -> design.homeBlocks = new ArrayList<>(HomeBlock.listOf(value));
                    default -> {
                        // written by another version: left as the base has it
                    }
                }
            } catch (IllegalArgumentException unknown) {
                // an unknown value: left as the base has it
            }
        }
        return design;
    }

    private static String colour(String value, String otherwise) {
        return value.matches(Colours.PATTERN) ? value : otherwise;
    }

    /** Whether white text on the brand colour can be read (see {@link Colours#AA_TEXT}). */
    public boolean isBrandReadable() {
        return brandColour.matches(Colours.PATTERN) && Colours.contrast(brandColour, "#ffffff") >= Colours.AA_TEXT;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public String getBrandColour() {
        return brandColour;
    }

    /** A colour as typed or picked; a picker may leave out the {@code #}; empty: the default. */
    public void setBrandColour(String brandColour) {
        this.brandColour = SiteSettings.hex(brandColour, SiteSettings.DEFAULT_BRAND);
    }

    public String getAccentColour() {
        return accentColour;
    }

    public void setAccentColour(String accentColour) {
        this.accentColour = SiteSettings.hex(accentColour, SiteSettings.DEFAULT_ACCENT);
    }

    public FontStack getFont() {
        return font;
    }

    public void setFont(FontStack font) {
        this.font = font;
    }

    public int getLogoHeight() {
        return logoHeight;
    }

    public void setLogoHeight(int logoHeight) {
        this.logoHeight = logoHeight;
    }

    public HeaderLayout getHeaderLayout() {
        return headerLayout;
    }

    public void setHeaderLayout(HeaderLayout headerLayout) {
        this.headerLayout = headerLayout;
    }

    public List<HomeBlock> getHomeBlocks() {
        return homeBlocks;
    }

    public void setHomeBlocks(List<HomeBlock> homeBlocks) {
        this.homeBlocks = new ArrayList<>(homeBlocks.stream().distinct().toList());
    }

    /** The blocks not shown, in their list's order. */
    public List<HomeBlock> hiddenBlocks() {
        return Arrays.stream(HomeBlock.values())
                .filter(block -> !homeBlocks.contains(block))
                .toList();
    }
}
