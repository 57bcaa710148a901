package dev.vitrine.site.entity;

import dev.vitrine.shared.BaseEntity;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.text.Texts;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The company's name, logo and contact details, shown on every page. There is one row. */
@Entity
@Table(name = "site_settings")
@Cacheable
public class SiteSettings extends BaseEntity {

    public static final int NAME_LENGTH = 200;
    public static final int WATERMARK_LENGTH = 40;
    public static final int PATH_LENGTH = 500;
    public static final int EMAIL_LENGTH = 200;
    public static final int PHONE_LENGTH = 100;

    /** A phone or fax number: digits, spaces, {@code + - ( ) . /}, and an extension ({@code 转 8}, {@code ext. 8}). */
    public static final String PHONE_PATTERN = "[0-9+()./ -]{0,60}((ext\\.?|x|转|分机) ?[0-9]{1,6})?";

    public static final int ADDRESS_LENGTH = 500;
    public static final int ICP_LENGTH = 100;
    public static final int FOOTER_LENGTH = 1000;
    public static final int DESCRIPTION_LENGTH = 300;
    public static final int SITE_URL_LENGTH = 200;

    /** An http(s) address with a host and perhaps a path, no query, where the public site is reached; or nothing. */
    public static final String SITE_URL_PATTERN = "(https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?)?";

    public static final int ALERT_TO_LENGTH = 500;
    public static final int ANSWER_PROMISE_LENGTH = 300;
    public static final int HOURS_LENGTH = 200;

    /** One or more e-mail addresses, separated by commas, semicolons or spaces; or nothing. */
    public static final String ADDRESSES_PATTERN =
            "(\\s*[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+([\\s,;]+[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+)*[\\s,;]*)?";

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "company_name", nullable = false, length = NAME_LENGTH)
    private String companyName;

    @Size(max = PATH_LENGTH)
    @Column(name = "logo_path", length = PATH_LENGTH)
    private String logoPath;

    @Email(message = "{vitrine.email}")
    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = PHONE_PATTERN, message = "{vitrine.phone.pattern}")
    @Column(length = PHONE_LENGTH)
    private String phone;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = PHONE_PATTERN, message = "{vitrine.phone.pattern}")
    @Column(length = PHONE_LENGTH)
    private String fax;

    @Size(max = ADDRESS_LENGTH)
    @Column(length = ADDRESS_LENGTH)
    private String address;

    @Size(max = ICP_LENGTH)
    @Column(name = "icp_number", length = ICP_LENGTH)
    private String icpNumber;

    @Size(max = FOOTER_LENGTH)
    @Column(name = "footer_text", length = FOOTER_LENGTH)
    private String footerText;

    /** What search engines show under the site's name; pages with a summary of their own use that. */
    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    /** The public site's address (https://www.example.com): canonical links, the sitemap, shared links. */
    @Size(max = SITE_URL_LENGTH)
    @Pattern(regexp = SITE_URL_PATTERN, message = "{vitrine.siteUrl}")
    @Column(name = "site_url", length = SITE_URL_LENGTH)
    private String siteUrl;

    /** Who is told of each new inquiry by e-mail. */
    @Size(max = ALERT_TO_LENGTH)
    @Pattern(regexp = ADDRESSES_PATTERN, message = "{vitrine.emails}")
    @Column(name = "inquiry_alert_to", length = ALERT_TO_LENGTH)
    private String inquiryAlertTo;

    /** What a visitor who sent an inquiry is told about when to expect an answer. */
    @Size(max = ANSWER_PROMISE_LENGTH)
    @Column(name = "answer_promise", length = ANSWER_PROMISE_LENGTH)
    private String answerPromise;

    /** The texts in each language but Chinese that has any, by language code. */
    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_settings_text", joinColumns = @JoinColumn(name = "settings_id"))
    @MapKeyColumn(name = "language", length = 10)
    private Map<String, SiteTexts> texts = new HashMap<>();

    /** The codes of the languages the public site shows besides Chinese, in the switch's order: {@code en,ru}. */
    @Column(nullable = false, length = 100)
    private String languages = Language.ENGLISH.code();

    /** Whether items without a version in a language show in its lists (in Chinese, marked so). */
    @Column(name = "untranslated_shown", nullable = false)
    private boolean untranslatedShown = true;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = PHONE_PATTERN, message = "{vitrine.phone.pattern}")
    @Column(length = PHONE_LENGTH)
    private String mobile;

    /** A WeChat ID: a letter, then letters, digits, _ or - (6 to 20 in WeChat; kept to 40). */
    @Size(max = 40)
    @Pattern(regexp = "([A-Za-z][A-Za-z0-9_-]*)?", message = "{vitrine.wechat}")
    @Column(name = "wechat_id", length = 40)
    private String wechatId;

    /** The picture of the WeChat QR code, in the media store. */
    @Column(name = "wechat_qr_path", length = PATH_LENGTH)
    private String wechatQrPath;

    @Pattern(regexp = "([1-9][0-9]{4,11})?", message = "{vitrine.qq}")
    @Column(length = 12)
    private String qq;

    @Size(max = HOURS_LENGTH)
    @Column(name = "business_hours", length = HOURS_LENGTH)
    private String businessHours;

    /** A link to the company on a map site (a link only: no map script is ever embedded). */
    @Size(max = 500)
    @Pattern(regexp = "(https?://[^\\s\"<>]+)?", message = "{vitrine.mapUrl}")
    @Column(name = "map_url", length = 500)
    private String mapUrl;

    /** The public security filing number (公安备案号), e.g. 粤公网安备 44010602000001号. */
    @Size(max = 60)
    @Pattern(regexp = "([^<>\"]*[0-9]{6,20}[^<>\"]*)?", message = "{vitrine.psb}")
    @Column(name = "psb_number", length = 60)
    private String psbNumber;

    /** The blocks a home page can show. */
    public enum HomeBlock {
        BANNERS,
        FEATURED,
        CATEGORIES,
        NEWS,
        ABOUT,
        CONTACT,
        LINKS;

        /** The blocks named in a comma-separated list, in its order; names no longer known are left out. */
        public static List<HomeBlock> listOf(String names) {
            List<String> known = Arrays.stream(values()).map(Enum::name).toList();
            return Arrays.stream(names.split(","))
                    .filter(known::contains)
                    .map(HomeBlock::valueOf)
                    .distinct()
                    .toList();
        }
    }

    /** The home page's blocks, in order, comma-separated. */
    @Column(name = "home_blocks", nullable = false, length = 200)
    private String homeBlocks = "FEATURED,NEWS";

    /** How the public pages are laid out. */
    public enum Theme {
        /** Content with a sidebar of categories and contact details beside it. */
        SIDEBAR,
        /** Content the whole width, the sidebar's boxes in a row below it. */
        WIDE,
        /** Led by the product categories: tiles on the home page, the sidebar first. */
        CATALOGUE
    }

    /** The fonts of the public pages: the visitor's own system fonts (a Chinese web font weighs megabytes). */
    public enum FontStack {
        SANS,
        SERIF
    }

    /** How the header shows the company. */
    public enum HeaderLayout {
        /** The logo with the name beside it. */
        INLINE,
        /** The logo above the name, both centred. */
        CENTRED,
        /** The logo alone (it carries the name; the name is still read out by screen readers). */
        LOGO_ONLY
    }

    public static final int LOGO_HEIGHT_MIN = 32;
    public static final int LOGO_HEIGHT_MAX = 120;
    public static final int LOGO_HEIGHT_DEFAULT = 48;

    /** The default brand colour: headers, menus, links and buttons. */
    public static final String DEFAULT_BRAND = "#1f3b63";

    /** The default accent colour: lines and marks, never text. */
    public static final String DEFAULT_ACCENT = "#d9822b";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Theme theme = Theme.SIDEBAR;

    /** Headers, menus, links and buttons; white text stands on it, so it must be dark enough. */
    @Pattern(regexp = Colours.PATTERN)
    @Column(name = "brand_colour", length = 7)
    private String brandColour;

    @Pattern(regexp = Colours.PATTERN)
    @Column(name = "accent_colour", length = 7)
    private String accentColour;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FontStack font = FontStack.SANS;

    /** How tall the logo is drawn in the header on a large screen, in CSS pixels (a phone draws it smaller). */
    @Min(LOGO_HEIGHT_MIN)
    @Max(LOGO_HEIGHT_MAX)
    @Column(name = "logo_height", nullable = false)
    private int logoHeight = LOGO_HEIGHT_DEFAULT;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "header_layout", nullable = false, length = 20)
    private HeaderLayout headerLayout = HeaderLayout.INLINE;

    /** A design staff saved to preview and not yet published ({@link Design#toText}); none: nothing waits. */
    @Column(name = "design_draft", length = 1000)
    private String designDraft;

    /** Where on a picture the watermark goes. */
    public enum WatermarkPosition {
        BOTTOM_RIGHT,
        BOTTOM_LEFT,
        CENTER,
        TOP_RIGHT,
        TOP_LEFT
    }

    /** A text drawn on the pictures visitors see; none: no text. */
    @Size(max = WATERMARK_LENGTH)
    @Column(name = "watermark_text", length = WATERMARK_LENGTH)
    private String watermarkText;

    /** Whether the logo is drawn on them (instead of the text, when both are set). */
    @Column(name = "watermark_logo", nullable = false)
    private boolean watermarkLogo;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "watermark_position", nullable = false, length = 20)
    private WatermarkPosition watermarkPosition = WatermarkPosition.BOTTOM_RIGHT;

    /** How opaque the watermark is, in percent. */
    @Min(10)
    @Max(90)
    @Column(name = "watermark_opacity", nullable = false)
    private int watermarkOpacity = 40;

    protected SiteSettings() {
        // for JPA
    }

    /**
     * The settings as the pages in a language show them: each text with a version in it takes it, others the
     * Chinese (see {@link SiteTexts} for the exceptions). For Chinese these settings;
     * else a copy, never saved.
     */
    public SiteSettings in(Language language) {
        if (language.isOriginal()) {
            return this;
        }
        SiteTexts own = texts.getOrDefault(language.code(), new SiteTexts());
        SiteSettings shown = copy();
        shown.companyName = orElse(own.getCompanyName(), companyName);
        shown.address = orElse(own.getAddress(), address);
        shown.footerText = orElse(own.getFooterText(), footerText);
        shown.description = own.getDescription();
        shown.answerPromise = own.getAnswerPromise();
        shown.businessHours = orElse(own.getBusinessHours(), businessHours);
        return shown;
    }

    /** The texts in a language, to edit: an empty set when it has none yet (dropped again on saving if left so). */
    public SiteTexts textsIn(Language language) {
        return texts.computeIfAbsent(language.code(), code -> new SiteTexts());
    }

    /** Forgets the languages whose texts are all empty, so that nothing is stored for them. */
    public void dropEmptyTexts() {
        texts.values().removeIf(SiteTexts::isEmpty);
    }

    /** The languages the public site shows, Chinese first. */
    public List<Language> getLanguages() {
        return Stream.concat(
                        Stream.of(Language.CHINESE),
                        Arrays.stream(languages.split(","))
                                .map(Language::ofCode)
                                .flatMap(Optional::stream))
                .distinct()
                .toList();
    }

    /** The codes of the languages shown besides Chinese, for the settings page (which may change the list). */
    public List<String> getTranslatedLanguages() {
        return getLanguages().stream().skip(1).map(Language::code).collect(Collectors.toCollection(ArrayList::new));
    }

    /** Keeps the known codes, in the order of {@link Language#translated()}. */
    public void setTranslatedLanguages(List<String> codes) {
        this.languages = Language.translated().stream()
                .map(Language::code)
                .filter(codes::contains)
                .collect(Collectors.joining(","));
    }

    /** The settings with another design, as its preview shows them. A copy, never saved. */
    public SiteSettings withDesign(Design design) {
        SiteSettings shown = copy();
        design.applyTo(shown);
        shown.designDraft = null;
        return shown;
    }

    /** The design waiting to be published, or null. */
    public Design getDraft() {
        return designDraft == null ? null : Design.parse(designDraft, this);
    }

    public void setDraft(Design draft) {
        this.designDraft = draft == null ? null : draft.toText();
    }

    /** A copy of every value but the id, for showing, never saved. */
    private SiteSettings copy() {
        SiteSettings copy = new SiteSettings(companyName);
        copy.logoPath = logoPath;
        copy.email = email;
        copy.phone = phone;
        copy.fax = fax;
        copy.address = address;
        copy.icpNumber = icpNumber;
        copy.footerText = footerText;
        copy.description = description;
        copy.siteUrl = siteUrl;
        copy.inquiryAlertTo = inquiryAlertTo;
        copy.answerPromise = answerPromise;
        copy.texts = new HashMap<>(texts);
        copy.languages = languages;
        copy.untranslatedShown = untranslatedShown;
        copy.mobile = mobile;
        copy.wechatId = wechatId;
        copy.wechatQrPath = wechatQrPath;
        copy.qq = qq;
        copy.businessHours = businessHours;
        copy.mapUrl = mapUrl;
        copy.psbNumber = psbNumber;
        copy.homeBlocks = homeBlocks;
        copy.theme = theme;
        copy.brandColour = brandColour;
        copy.accentColour = accentColour;
        copy.font = font;
        copy.logoHeight = logoHeight;
        copy.headerLayout = headerLayout;
        copy.designDraft = designDraft;
        copy.watermarkText = watermarkText;
        copy.watermarkLogo = watermarkLogo;
        copy.watermarkPosition = watermarkPosition;
        copy.watermarkOpacity = watermarkOpacity;
        return copy;
    }

    private static String orElse(String translated, String chinese) {
        return translated == null || translated.isBlank() ? chinese : translated;
    }

    public SiteSettings(String companyName) {
        this.companyName = companyName;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getLogoPath() {
        return logoPath;
    }

    public void setLogoPath(String logoPath) {
        this.logoPath = logoPath;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getIcpNumber() {
        return icpNumber;
    }

    public void setIcpNumber(String icpNumber) {
        this.icpNumber = icpNumber;
    }

    public String getFooterText() {
        return footerText;
    }

    public void setFooterText(String footerText) {
        this.footerText = footerText;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getInquiryAlertTo() {
        return inquiryAlertTo;
    }

    public void setInquiryAlertTo(String inquiryAlertTo) {
        this.inquiryAlertTo = Texts.strippedOrNull(inquiryAlertTo);
    }

    /** The addresses alerted of a new inquiry, one by one. */
    public List<String> inquiryAlertAddresses() {
        return inquiryAlertTo == null
                ? List.of()
                : List.of(inquiryAlertTo.strip().split("[\\s,;]+"));
    }

    public String getAnswerPromise() {
        return answerPromise;
    }

    public void setAnswerPromise(String answerPromise) {
        this.answerPromise = answerPromise;
    }

    public String getSiteUrl() {
        return siteUrl;
    }

    /** Kept without a trailing slash, so that paths are appended as they are. */
    public void setSiteUrl(String siteUrl) {
        String url = siteUrl == null ? "" : siteUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        this.siteUrl = url.isEmpty() ? null : url;
    }

    public boolean isUntranslatedShown() {
        return untranslatedShown;
    }

    public void setUntranslatedShown(boolean untranslatedShown) {
        this.untranslatedShown = untranslatedShown;
    }

    public String getWatermarkText() {
        return watermarkText;
    }

    public void setWatermarkText(String watermarkText) {
        this.watermarkText = Texts.strippedOrNull(watermarkText);
    }

    public boolean isWatermarkLogo() {
        return watermarkLogo;
    }

    public void setWatermarkLogo(boolean watermarkLogo) {
        this.watermarkLogo = watermarkLogo;
    }

    public WatermarkPosition getWatermarkPosition() {
        return watermarkPosition;
    }

    public void setWatermarkPosition(WatermarkPosition watermarkPosition) {
        this.watermarkPosition = watermarkPosition;
    }

    public int getWatermarkOpacity() {
        return watermarkOpacity;
    }

    public void setWatermarkOpacity(int watermarkOpacity) {
        this.watermarkOpacity = watermarkOpacity;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    /** The brand colour in use: the one chosen, else the default. */
    public String getBrandColour() {
        return brandColour == null ? DEFAULT_BRAND : brandColour;
    }

    public void setBrandColour(String brandColour) {
        String colour = hex(brandColour, DEFAULT_BRAND);
        this.brandColour = colour.equals(DEFAULT_BRAND) ? null : colour;
    }

    public String getAccentColour() {
        return accentColour == null ? DEFAULT_ACCENT : accentColour;
    }

    public void setAccentColour(String accentColour) {
        String colour = hex(accentColour, DEFAULT_ACCENT);
        this.accentColour = colour.equals(DEFAULT_ACCENT) ? null : colour;
    }

    /** A colour as typed or picked, in lower case with its {@code #} (a picker may leave it out); empty: {@code otherwise}. */
    static String hex(String typed, String otherwise) {
        String colour = Texts.strippedOrNull(typed);
        if (colour == null) {
            return otherwise;
        }
        return (colour.startsWith("#") ? colour : "#" + colour).toLowerCase(Locale.ROOT);
    }

    public FontStack getFont() {
        return font;
    }

    public void setFont(FontStack font) {
        this.font = font;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = Texts.strippedOrNull(mobile);
    }

    public String getWechatId() {
        return wechatId;
    }

    public void setWechatId(String wechatId) {
        this.wechatId = Texts.strippedOrNull(wechatId);
    }

    public String getWechatQrPath() {
        return wechatQrPath;
    }

    public void setWechatQrPath(String wechatQrPath) {
        this.wechatQrPath = Texts.strippedOrNull(wechatQrPath);
    }

    public String getQq() {
        return qq;
    }

    public void setQq(String qq) {
        this.qq = Texts.strippedOrNull(qq);
    }

    public String getBusinessHours() {
        return businessHours;
    }

    public void setBusinessHours(String businessHours) {
        this.businessHours = Texts.strippedOrNull(businessHours);
    }

    public String getMapUrl() {
        return mapUrl;
    }

    public void setMapUrl(String mapUrl) {
        this.mapUrl = Texts.strippedOrNull(mapUrl);
    }

    public String getPsbNumber() {
        return psbNumber;
    }

    public void setPsbNumber(String psbNumber) {
        this.psbNumber = Texts.strippedOrNull(psbNumber);
    }

    /** The digits of the public security filing number, which its record's address at beian.gov.cn carries. */
    public String getPsbRecordCode() {
        return psbNumber == null ? null : psbNumber.replaceAll("[^0-9]", "");
    }

    /** The home page's blocks, in the order shown (names no longer known are left out). */
    public List<HomeBlock> getHomeBlocks() {
        return HomeBlock.listOf(homeBlocks);
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

    public void setHomeBlocks(List<HomeBlock> blocks) {
        this.homeBlocks = blocks.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
    }
}
