package dev.vitrine.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.site.entity.SiteSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredDataTest {

    private static JsonObject read(String script) {
        return Json.createReader(new StringReader(script)).readObject();
    }

    @Test
    void textThatWouldCloseTheScriptStaysInsideIt() {
        String script = StructuredData.product(
                "Amp </script><script>alert(1)</script>",
                "A & B",
                List.of(),
                "https://shop.example/products/amp",
                "Pearl");
        assertFalse(script.contains("<") || script.contains(">") || script.contains("&"), script);
        assertEquals("Amp </script><script>alert(1)</script>", read(script).getString("name"));
        assertEquals("A & B", read(script).getString("description"));
    }

    @Test
    void theOrganizationHasItsContactDetailsAndNothingEmpty() {
        SiteSettings settings = new SiteSettings("珠江音响");
        settings.setPhone("020-3852 6671");
        settings.setAddress("广州市天河区");
        JsonObject organization = read(
                StructuredData.organization(settings, "https://shop.example/", "https://shop.example/media/logo.png"));
        assertEquals("Organization", organization.getString("@type"));
        assertEquals("020-3852 6671", organization.getString("telephone"));
        assertEquals("广州市天河区", organization.getJsonObject("address").getString("streetAddress"));
        assertFalse(organization.containsKey("email"));
    }

    @Test
    void breadcrumbsAreNumberedFromOne() {
        JsonObject trail = read(StructuredData.breadcrumbs(List.of(
                new StructuredData.Crumb("首页", "https://shop.example/"),
                new StructuredData.Crumb("产品", "https://shop.example/products"))));
        assertEquals(2, trail.getJsonArray("itemListElement").size());
        assertEquals(2, trail.getJsonArray("itemListElement").getJsonObject(1).getInt("position"));
        assertEquals(
                "https://shop.example/products",
                trail.getJsonArray("itemListElement").getJsonObject(1).getString("item"));
    }

    @Test
    void aNewsArticleHasItsTimesWithTheirOffsetAndAShortHeadline() {
        JsonObject article = read(StructuredData.article(
                "NewsArticle",
                "长".repeat(150),
                null,
                null,
                "https://shop.example/news/a",
                OffsetDateTime.of(2026, 11, 30, 16, 0, 0, 0, ZoneOffset.ofHours(8)),
                OffsetDateTime.of(2026, 11, 30, 8, 30, 0, 0, ZoneOffset.UTC),
                "珠江音响",
                null));
        assertEquals(110, article.getString("headline").length());
        assertEquals("2026-11-30T16:00+08:00", article.getString("datePublished"));
        assertTrue(article.getString("dateModified").endsWith("Z"));
        assertEquals("珠江音响", article.getJsonObject("publisher").getString("name"));
    }
}
