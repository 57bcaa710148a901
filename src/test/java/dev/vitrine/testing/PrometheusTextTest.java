package dev.vitrine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader that the metrics test trusts to say the scrape is valid must itself refuse what is not. */
class PrometheusTextTest {

    private static final String VALID = "# HELP a_total Things.\n"
            + "# TYPE a_total counter\n"
            + "a_total{kind=\"x\",why=\"say \\\"hi\\\"\\n\"} 3.0\n"
            + "a_total{kind=\"y\"} 0\n"
            + "# TYPE t_seconds histogram\n"
            + "t_seconds_bucket{page=\"home\",le=\"0.1\"} 1\n"
            + "t_seconds_bucket{page=\"home\",le=\"+Inf\"} 2\n"
            + "t_seconds_count{page=\"home\"} 2\n"
            + "t_seconds_sum{page=\"home\"} 0.5\n"
            + "# TYPE g gauge\n"
            + "g NaN\n";

    @Test
    void readsValuesByNameAndLabels() {
        PrometheusText text = PrometheusText.parse(VALID);
        assertEquals(3.0, text.value("a_total", "why", "say \"hi\"\n", "kind", "x"));
        assertEquals(0.0, text.value("a_total", "kind", "y"));
        assertTrue(text.has("a_total", "kind", "y"));
        assertEquals(0.0, text.value("a_total", "kind", "absent"));
        assertEquals(2.0, text.value("t_seconds_count", "page", "home"));
        assertTrue(Double.isNaN(text.value("g")));
        assertEquals("histogram", text.types().get("t_seconds"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a_total 1\n", // no TYPE before it
                "# TYPE a_total counter\na_total 1", // no final line feed
                "# TYPE a_total counter\na_total one\n",
                "# TYPE a_total counter\na_total{kind=\"x} 1\n",
                "# TYPE a_total counter\na_total{kind=x} 1\n",
                "# TYPE a_total counter\na_total{9kind=\"x\"} 1\n",
                "# TYPE a_total counter\na_total{kind=\"\\t\"} 1\n",
                "# TYPE a_total counter\na_total 1\na_total 2\n",
                "# TYPE a_total counter\n# TYPE a_total gauge\n",
                "# TYPE a_total widget\n",
                "# TYPE 1a counter\n",
                "# TYPE a_total counter\na-total 1\n",
                "# TYPE a_total counter\na_total  1\n",
                "# TYPE t histogram\nt_bucket{le=\"1\"} 2\nt_bucket{le=\"+Inf\"} 1\nt_count 1\n",
                "# TYPE t histogram\nt_bucket{le=\"+Inf\"} 2\nt_count 3\n",
                "# TYPE t histogram\nt_bucket 2\nt_count 2\n",
            })
    void refusesWhatAScraperWouldNotRead(String text) {
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse(text));
    }
}
