package dev.vitrine.shared.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.testing.PrometheusText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void theScrapeIsPrometheusTextWithTheJvmsMemoryCollectionsAndThreads() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Metrics.scrape(out);
        PrometheusText text = PrometheusText.parse(out.toString(StandardCharsets.UTF_8));
        for (String family : new String[] {
            "jvm_memory_used_bytes",
            "jvm_memory_max_bytes",
            "jvm_threads_live_threads",
            "jvm_threads_states_threads",
            "jvm_gc_memory_allocated_bytes_total",
            "jvm_classes_loaded_classes",
            "process_uptime_seconds",
            "process_cpu_usage"
        }) {
            assertTrue(
                    text.types().containsKey(family),
                    family + " in " + text.types().keySet());
        }
        assertTrue(text.value("jvm_threads_live_threads") >= 1);
        assertEquals("text/plain; version=0.0.4; charset=utf-8", Metrics.CONTENT_TYPE);
    }
}
