package dev.vitrine.site.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteSettingsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "020-3852 6671",
                "+86 (20) 3852-6671",
                "400.888.0000",
                "020-3852 6671 转 8",
                "0755 1234 5678 ext. 12",
                "13800138000",
                ""
            })
    void phoneNumbersAsShopsWriteThem(String phone) {
        assertTrue(phone.matches(SiteSettings.PHONE_PATTERN), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call us", "<script>", "020-3852 6671; DROP", "电话：020-3852"})
    void anythingElseIsNotAPhoneNumber(String text) {
        assertFalse(text.matches(SiteSettings.PHONE_PATTERN), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales@shop.cn", "sales@shop.cn, boss@shop.cn", "a@b.cn;c@d.cn e@f.cn", " a@b.cn, ", ""})
    void alertAddressesAreOneOrMoreEmailAddresses(String addresses) {
        assertTrue(addresses.matches(SiteSettings.ADDRESSES_PATTERN), addresses);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales", "sales@shop", "a@b.cn,, c@", "a@b.cn boss"})
    void anythingElseIsRefused(String addresses) {
        assertFalse(addresses.matches(SiteSettings.ADDRESSES_PATTERN), addresses);
    }

    @Test
    void alertAddressesAreSplitOneByOne() {
        SiteSettings settings = new SiteSettings("Shop");
        settings.setInquiryAlertTo(" a@b.cn; c@d.cn  e@f.cn ");
        assertEquals(List.of("a@b.cn", "c@d.cn", "e@f.cn"), settings.inquiryAlertAddresses());
        settings.setInquiryAlertTo("  ");
        assertEquals(List.of(), settings.inquiryAlertAddresses());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.shop.cn", "http://127.0.0.1:8080/shop/", ""})
    void aSiteAddressIsHttpWithAHostOrNothing(String url) {
        assertTrue(url.matches(SiteSettings.SITE_URL_PATTERN), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.shop.cn", "ftp://shop.cn", "https://shop.cn/?q=1", "javascript:alert(1)"})
    void anythingElseIsNotASiteAddress(String url) {
        assertFalse(url.matches(SiteSettings.SITE_URL_PATTERN), url);
    }

    @Test
    void theSiteAddressIsKeptWithoutItsTrailingSlash() {
        SiteSettings settings = new SiteSettings("Shop");
        settings.setSiteUrl(" https://www.shop.cn/ ");
        assertEquals("https://www.shop.cn", settings.getSiteUrl());
    }

    @Test
    void eachLanguageShowsItsOwnTextsAndTheChineseWhereItHasNone() {
        SiteSettings settings = new SiteSettings("声悦音响");
        settings.setAddress("广州市天河区");
        settings.setDescription("汽车音响改装");
        settings.setAnswerPromise("一个工作日内答复");
        SiteTexts russian = settings.textsIn(Language.RUSSIAN);
        russian.setCompanyName("  Шэнъюэ  ");
        russian.setAnswerPromise("Ответим за день");
        settings.textsIn(Language.ENGLISH).setAddress(" ");

        SiteSettings inRussian = settings.in(Language.RUSSIAN);
        assertEquals("Шэнъюэ", inRussian.getCompanyName());
        assertEquals("广州市天河区", inRussian.getAddress(), "no Russian address: the Chinese one");
        assertEquals(null, inRussian.getDescription(), "no Chinese description for a Russian search engine");
        assertEquals("Ответим за день", inRussian.getAnswerPromise());
        assertEquals(null, settings.in(Language.ENGLISH).getAnswerPromise(), "the English default wording");
        assertEquals("声悦音响", settings.getCompanyName(), "the settings themselves are unchanged");
        assertTrue(settings.in(Language.CHINESE) == settings);

        settings.dropEmptyTexts();
        settings.setTranslatedLanguages(List.of("ru", "xx", "en"));
        assertEquals(List.of(Language.CHINESE, Language.ENGLISH, Language.RUSSIAN), settings.getLanguages());
        assertEquals(List.of("en", "ru"), settings.getTranslatedLanguages(), "unknown codes dropped, in a fixed order");
        assertEquals("广州市天河区", settings.in(Language.ENGLISH).getAddress(), "a blank English address is none");
    }
}
