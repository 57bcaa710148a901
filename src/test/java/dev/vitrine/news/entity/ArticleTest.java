package dev.vitrine.news.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 0, 0);

    @Test
    void aDraftIsNeverVisible() {
        Article article = new Article(null, "draft", "Draft");
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertFalse(article.isVisibleAt(NOW));
    }

    @Test
    void publishedNowOrEarlierIsVisible() {
        Article article = new Article(null, "a", "A");
        article.publish(NOW);
        assertTrue(article.isVisibleAt(NOW));
        assertTrue(article.isVisibleAt(NOW.plusDays(1)));
    }

    @Test
    void aScheduledArticleWaitsForItsTime() {
        Article article = new Article(null, "a", "A");
        article.publish(NOW.plusHours(2));
        assertFalse(article.isVisibleAt(NOW));
        assertTrue(article.isVisibleAt(NOW.plusHours(2)));
    }

    @Test
    void publishTimesHaveNoFractionOfASecond() {
        Article article = new Article(null, "a", "A");
        article.publish(NOW.withNano(123_456_789));
        assertEquals(NOW, article.getPublishedAt());
    }
}
