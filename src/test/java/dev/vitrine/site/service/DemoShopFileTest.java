package dev.vitrine.site.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.Slugs;
import dev.vitrine.site.entity.SiteSettings.HomeBlock;
import dev.vitrine.site.service.DemoImages.Motif;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.awt.Color;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo shop's file holds what {@link DemoContent} reads, so that an edit to it fails here, not at a first start. */
class DemoShopFileTest {

    private static JsonObject shop;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = DemoContent.class.getResourceAsStream(DemoContent.SHOP);
                JsonReader reader = Json.createReader(in)) {
            shop = reader.readObject();
        }
    }

    @Test
    void everyItemIsInACategoryOfItsKindAndHasAValidAddress() {
        Map<String, ItemKind> categories = new HashMap<>();
        shop.getJsonArray("categories")
                .getValuesAs(JsonObject.class)
                .forEach(category -> collect(category, ItemKind.valueOf(category.getString("kind")), categories));
        assertEquals(8, categories.size());
        Map<String, ItemKind> lists =
                Map.of("products", ItemKind.PRODUCT, "articles", ItemKind.ARTICLE, "cases", ItemKind.CASE_STUDY);
        lists.forEach((list, kind) -> {
            for (JsonObject item : shop.getJsonArray(list).getValuesAs(JsonObject.class)) {
                String slug = item.getString("slug");
                assertTrue(Slugs.isValid(slug), slug);
                assertEquals(kind, categories.get(item.getString("category")), slug + "'s category");
                JsonObject translations = item.getJsonObject("translations");
                if (translations != null) {
                    translations.forEach((code, texts) -> {
                        assertTrue(
                                Language.ofCode(code)
                                        .filter(language -> !language.isOriginal())
                                        .isPresent(),
                                code);
                        assertFalse(texts.asJsonObject().getString("title").isBlank(), slug + " in " + code);
                    });
                }
            }
        });
        assertEquals(2, shop.getJsonArray("cases").size());
        assertEquals(8, shop.getJsonArray("products").size());
        assertEquals(5, shop.getJsonArray("articles").size());
    }

    private static void collect(JsonObject category, ItemKind kind, Map<String, ItemKind> into) {
        assertTrue(Slugs.isValid(category.getString("slug")));
        into.put(category.getString("slug"), kind);
        if (category.containsKey("children")) {
            category.getJsonArray("children")
                    .getValuesAs(JsonObject.class)
                    .forEach(child -> collect(child, kind, into));
        }
    }

    @Test
    void picturesTimesAndBlocksAreOnesTheCodeKnows() {
        assertDoesNotThrow(() -> LocalDateTime.parse(shop.getString("opening")));
        Stream.concat(
                        shop.getJsonArray("products").getValuesAs(JsonObject.class).stream(),
                        shop.getJsonArray("pages").getValuesAs(JsonObject.class).stream())
                .map(item -> item.getJsonObject("picture"))
                .forEach(picture -> {
                    assertDoesNotThrow(() -> Motif.valueOf(picture.getString("motif")));
                    assertDoesNotThrow(() -> Color.decode(picture.getString("tint")));
                });
        Stream.concat(
                        shop.getJsonArray("articles").getValuesAs(JsonObject.class).stream(),
                        shop.getJsonArray("cases").getValuesAs(JsonObject.class).stream())
                .forEach(item -> assertDoesNotThrow(() -> LocalDateTime.parse(item.getString("publishedAt"))));
        shop.getJsonArray("cases").getValuesAs(JsonObject.class).forEach(item -> {
            assertDoesNotThrow(() -> LocalDate.parse(item.getString("completedOn")));
            assertDoesNotThrow(() -> Motif.valueOf(item.getJsonObject("picture").getString("motif")));
        });
        shop.getJsonObject("settings")
                .getJsonArray("homeBlocks")
                .getValuesAs(JsonString.class)
                .forEach(block -> assertDoesNotThrow(() -> HomeBlock.valueOf(block.getString())));
        assertNotNull(shop.getJsonObject("settings").getString("companyName"));
    }
}
