package dev.vitrine.site.web;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.media.service.ShownPictures;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.text.PhoneNumbers;
import dev.vitrine.shared.web.Assets;
import dev.vitrine.shared.web.DesignPreview;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.shared.web.VisitorLocale;
import dev.vitrine.site.entity.Design;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.SiteService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What every public page shows around its content: company, navigation, contact block. */
@Named("layout")
@RequestScoped
public class SiteLayout {

    @Inject
    private LayoutData data;

    @Inject
    private ShopClock clock;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Assets assets;

    @Inject
    private RenderedPage rendered;

    @Inject
    private PageLanguage language;

    @Inject
    private SiteService site;

    private SiteSettings previewed;

    /**
     * The company's name and contact details, in this page's language; with the draft design for a staff
     * member previewing it (see {@link DesignPreview}).
     */
    public SiteSettings getSettings() {
        if (!isDesignPreview()) {
            return data.settings(language.getCurrent());
        }
        if (previewed == null) {
            rendered.madeForThisRequest();
            SiteSettings settings = site.getSettingsAsStored();
            Design draft = settings.getDraft();
            SiteSettings shown = draft == null ? settings : settings.withDesign(draft);
            previewed = shown.in(language.getCurrent());
        }
        return previewed;
    }

    /** Whether this page is a staff member's preview of the draft design. */
    public boolean isDesignPreview() {
        return DesignPreview.isOn(request);
    }

    /** The address of the public pages' stylesheet, with the site's own colours and fonts; it changes with them. */
    public String getStylesheet() {
        return request.getContextPath() + "/theme.css?v=" + ThemeCssServlet.version(assets, getSettings())
                + (isDesignPreview() ? "&" + ThemeCssServlet.DRAFT : "");
    }

    /**
     * The classes on the page's body: the layout's (theme-sidebar, theme-wide or theme-catalogue) and the
     * header's (header-inline, header-centred or header-logo-only).
     */
    public String getThemeClass() {
        SiteSettings settings = getSettings();
        return "theme-" + settings.getTheme().name().toLowerCase(Locale.ROOT) + " header-"
                + settings.getHeaderLayout().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<Category> getProductCategories() {
        return data.categories(ItemKind.PRODUCT);
    }

    /** A kind's entry in the main menu: its list, and its categories beneath. */
    public record MenuGroup(String folder, List<Category> categories) {}

    /** The menu's entries for the kinds with a list of their own, in the registry's order. */
    public List<MenuGroup> getMenuGroups() {
        return ItemKind.categorized().stream()
                .map(kind -> new MenuGroup(kind.folder(), data.categories(kind)))
                .toList();
    }

    /** The single pages staff put in the main menu. */
    public List<ItemCard> getMenuPages() {
        rendered.shows(ContentChange.list(ItemKind.PAGE.name()));
        return data.menu(language.in());
    }

    /** The {@code tel:} address of the company's phone number, or {@code null} (see {@link PhoneNumbers#dialable}). */
    public String getTelephone() {
        return PhoneNumbers.dialable(getSettings().getPhone());
    }

    /** The mobile number as a {@code tel:} link dials it, or null if it can't be dialled. */
    public String getMobile() {
        return PhoneNumbers.dialable(getSettings().getMobile());
    }

    /** The company's e-mail address in the parts a line may break between: up to its {@code @}, and the rest. */
    public List<String> getEmailParts() {
        String email = getSettings().getEmail();
        int at = email == null ? -1 : email.indexOf('@');
        return at < 0
                ? List.of(email == null ? "" : email)
                : List.of(email.substring(0, at + 1), email.substring(at + 1));
    }

    /** How long the company's name is to read (see {@link #lengthOf}). */
    public String getNameLength() {
        return lengthOf(getSettings().getCompanyName());
    }

    /**
     * How long a name is to read, as the header's style class: {@code short}, {@code long} or {@code longer} (a
     * Chinese character counts as two letters), so that a long name gets smaller letters rather than more lines.
     */
    public static String lengthOf(String name) {
        int width = name == null
                ? 0
                : name.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
        return width > 44 ? "longer" : width > 24 ? "long" : "short";
    }

    /** The languages the site shows besides Chinese: the back office asks for texts in each. */
    public List<Language> getTranslatedLanguages() {
        return data.languages().stream()
                .filter(language -> !language.isOriginal())
                .toList();
    }

    /** The Chinese home page tells a visitor whose browser prefers English of the English site, once. */
    public boolean isSuggestingEnglish() {
        return data.languages().contains(Language.ENGLISH)
                && VisitorLocale.suggestsEnglish(request, PageLanguage.askedPath(request));
    }

    /** The meta description of a page: its own summary, else the site's description, else its name. */
    public String description(String summary) {
        if (summary != null && !summary.isBlank()) {
            return summary;
        }
        String site = getSettings().getDescription();
        return site != null && !site.isBlank() ? site : getSettings().getCompanyName();
    }

    /** A time stored in UTC (audit log, revisions), in the shop's time zone. */
    public LocalDateTime shopTime(LocalDateTime utc) {
        return utc == null
                ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(clock.zone()).toLocalDateTime();
    }

    /**
     * The path of a stored image, or of its thumbnail, within the site, as {@code h:graphicImage} takes it (it
     * adds the context path); a plain {@code img} wants {@link #mediaUrl}.
     */
    public String media(String path, boolean thumbnail) {
        return "/media/" + (thumbnail ? MediaStore.thumbnailOf(path) : path);
    }

    /**
     * The widths a stored picture is offered in, for a {@code srcset}: a phone takes a small one, and never
     * the original (see {@code ShownPictures}).
     */
    public String srcset(String path) {
        String url = mediaUrl(path);
        return ShownPictures.WIDTHS.stream()
                .map(width -> url + "?w=" + width + " " + width + "w")
                .collect(Collectors.joining(", "));
    }

    /** The URL of a stored image. */
    public String mediaUrl(String path) {
        return request.getContextPath() + media(path, false);
    }
}
