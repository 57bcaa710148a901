package dev.vitrine.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What the README and docs/metrics.md say about the metrics is what OperatorMetricsIT checks against the
 * server: the same curl command, and every family of Vitrine's own documented.
 */
class MetricsDocsTest {

    @Test
    void theReadmeGivesTheCommandTheTestRunsAndTheSetting() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(OperatorMetricsIT.README_CURL), "README.md's curl command");
        assertTrue(readme.contains("| `VITRINE_OPERATOR_TOKEN` |"), "the setting in the configuration table");
    }

    @Test
    void everyFamilyIsDocumented() throws Exception {
        String docs = Files.readString(Path.of("docs/metrics.md"));
        for (String family : OperatorMetricsIT.FAMILIES) {
            assertTrue(docs.contains("`" + family + "`"), family + " in docs/metrics.md");
        }
    }
}
