package dev.vitrine.views.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vitrine.testing.PrometheusText;
import dev.vitrine.views.entity.DropReason;
import dev.vitrine.views.entity.ViewedItem;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ViewMetrics metrics = new ViewMetrics(registry);

    @Test
    void everyReasonIsThereFromTheStartAndCountsOnItsOwn() {
        PrometheusText before = scrape();
        for (DropReason reason : DropReason.values()) {
            String label = reason.name().toLowerCase(java.util.Locale.ROOT);
            assertEquals(0.0, before.value("vitrine_views_dropped_total", "reason", label));
            assertEquals(true, before.has("vitrine_views_dropped_total", "reason", label), label);
        }
        metrics.counted();
        metrics.dropped(DropReason.REPEAT);
        metrics.dropped(DropReason.REPEAT);
        metrics.dropped(DropReason.BOT);
        PrometheusText after = scrape();
        assertEquals(1.0, after.value("vitrine_views_counted_total"));
        assertEquals(2.0, after.value("vitrine_views_dropped_total", "reason", "repeat"));
        assertEquals(1.0, after.value("vitrine_views_dropped_total", "reason", "bot"));
        assertEquals(0.0, after.value("vitrine_views_dropped_total", "reason", "limit"));
    }

    @Test
    void aRoundCountsTheViewsItWroteAndARoundWithNothingIsNoRound() {
        LocalDate day = LocalDate.of(2026, 12, 5);
        metrics.written(new ViewTally.Batch(
                Map.of(
                        new ViewTally.Key(ViewedItem.product(1), day), 3L,
                        new ViewTally.Key(ViewedItem.product(2), day), 4L),
                Map.of(new ViewTally.DropKey(day, DropReason.BOT), 9L)));
        metrics.written(ViewTally.Batch.EMPTY);
        metrics.writeFailed();
        PrometheusText text = scrape();
        assertEquals(7.0, text.value("vitrine_views_written_total"), "views, not dropped requests");
        assertEquals(1.0, text.value("vitrine_views_write_rounds_total", "result", "written"));
        assertEquals(1.0, text.value("vitrine_views_write_rounds_total", "result", "failed"));
    }

    @Test
    void theWaitForAConnectionIsTimedEvenWhenNoneComes() {
        assertThrows(
                SQLException.class,
                () -> metrics.timedConnection(() -> {
                    throw new SQLException("the pool is exhausted");
                }));
        assertEquals(1.0, scrape().value("vitrine_db_connection_wait_seconds_count"));
    }

    private PrometheusText scrape() {
        return PrometheusText.parse(registry.scrape());
    }
}
