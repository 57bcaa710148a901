package dev.vitrine.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.news.entity.Article;
import dev.vitrine.pages.entity.Page;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishedItemTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 0, 0);

    @Test
    void aDraftIsNeverVisible() {
        Product product = new Product(null, "draft", "Draft");
        assertEquals(ItemStatus.DRAFT, product.getStatus());
        assertFalse(product.isVisibleAt(NOW));
        assertEquals("draft", product.stateAt(NOW));
    }

    @Test
    void publishedNowOrEarlierIsVisibleUntilItGoesToTheBin() {
        Article article = new Article(null, "a", "A");
        article.publish(NOW);
        assertTrue(article.isVisibleAt(NOW));
        assertTrue(article.isVisibleAt(NOW.plusDays(1)));
        assertEquals("published", article.stateAt(NOW));
        article.moveToBin(NOW);
        assertFalse(article.isVisibleAt(NOW));
        article.restoreFromBin();
        assertTrue(article.isVisibleAt(NOW));
    }

    @Test
    void aScheduledItemWaitsForItsTime() {
        Page page = new Page("a", "A");
        page.publish(NOW.plusHours(2));
        assertFalse(page.isVisibleAt(NOW));
        assertEquals("scheduled", page.stateAt(NOW));
        assertTrue(page.isVisibleAt(NOW.plusHours(2)));
    }

    @Test
    void publishTimesHaveNoFractionOfASecond() {
        Article article = new Article(null, "a", "A");
        article.publish(NOW.withNano(123_456_789));
        assertEquals(NOW, article.getPublishedAt());
    }

    @Test
    void theCreatorIsTheFirstToSave() {
        Page page = new Page("a", "A");
        page.savedBy("anna");
        page.savedBy("bo");
        assertEquals("anna", page.getCreatedBy());
        assertEquals("bo", page.getUpdatedBy());
    }

    @Test
    void aProductSnapshotRestoresItsContentPicturesAndSpecs() {
        Product product = new Product(null, "st-26", "高音喇叭 ST-26");
        product.setSummary("丝膜球顶");
        product.setBody("<p>高频细腻</p>");
        product.addImage("products/a.png", "a");
        product.addImage("products/b.png", "b");
        product.addSpec("阻抗", "4 Ω");
        product.addSpec("比例: 说明", "1: 2");
        product.publish(NOW);
        Map<String, String> snapshot = product.snapshot();

        product.setTitle("changed");
        product.setSummary(null);
        product.setBody("<p>other</p>");
        product.removeImage(product.getImages().get(0));
        product.replaceSpecs(List.of());
        product.unpublish();
        product.setFeatured(true);
        product.restoreSnapshot(snapshot);

        assertEquals("高音喇叭 ST-26", product.getTitle());
        assertEquals("丝膜球顶", product.getSummary());
        assertEquals("<p>高频细腻</p>", product.getBody());
        assertEquals(
                List.of("products/a.png", "products/b.png"),
                product.getImages().stream().map(image -> image.getPath()).toList());
        assertEquals("products/a.png", product.getCoverPath());
        assertEquals(
                List.of(new SpecRow("阻抗", "4 Ω"), new SpecRow("比例", "说明: 1: 2")).get(0),
                product.getSpecs().get(0));
        assertEquals(ItemStatus.PUBLISHED, product.getStatus());
        assertEquals(NOW, product.getPublishedAt());
        assertFalse(product.isFeatured());
        assertEquals(snapshot, product.snapshot());
    }

    @Test
    void anEmptyFieldInASnapshotEmptiesTheFieldOnRestore() {
        Page page = new Page("about", "About");
        Map<String, String> snapshot = page.snapshot();
        page.setSummary("added later");
        page.setInMenu(true);
        page.restoreSnapshot(snapshot);
        assertNull(page.getSummary());
        assertFalse(page.isInMenu());
    }

    @Test
    void aSnapshotNamesItsCategoryByNameAndId() {
        assertEquals(12L, CategorizedItem.categoryIdIn(Map.of("category", "汽车 #音响 #12")));
        assertNull(CategorizedItem.categoryIdIn(Map.of("category", "no id")));
        assertNull(CategorizedItem.categoryIdIn(Map.of()));
    }
}
