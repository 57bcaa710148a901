package dev.vitrine.content.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.content.service.ContentDiff.Field;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentDiffTest {

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    @Test
    void onlyChangedFieldsAreListedInTheNewerOrder() {
        Map<String, String> older = fields("title", "A", "summary", "same", "body", "<p>x</p>");
        Map<String, String> newer = fields("title", "B", "summary", "same", "body", "<p>x</p>", "inMenu", "true");
        assertEquals(List.of("title", "inMenu"), ContentDiff.changedFields(older, newer));
    }

    @Test
    void aFieldThatBecameEmptyCountsAsChanged() {
        Map<String, String> older = fields("summary", "text");
        Map<String, String> newer = new HashMap<>();
        newer.put("summary", null);
        assertEquals(List.of("summary"), ContentDiff.changedFields(older, newer));
    }

    @Test
    void richTextIsComparedAParagraphAtATime() {
        Map<String, String> older = fields("body", "<p>one</p><p>two</p><ul><li>three</li></ul>");
        Map<String, String> newer = fields("body", "<p>one</p><p>TWO</p><ul><li>three</li></ul>");

        List<Field> diff = ContentDiff.between(older, newer);

        assertEquals(1, diff.size());
        List<String> lines = diff.get(0).getLines().stream()
                .map(line -> line.getChange() + " " + line.getText())
                .toList();
        assertEquals(List.of("SAME one", "REMOVED two", "ADDED TWO", "SAME three"), lines);
    }

    @Test
    void richTextIsShownAsItsReaderSeesItPicturesByName() {
        Map<String, String> older = fields("body", "<p>特点&#xff1a;低音&amp;高音</p>");
        Map<String, String> newer = fields(
                "body", "<p>特点&#xff1a;低音&amp;高音</p><p><img src=\"/media/2026/12/amp-front.jpg\" alt=\"\" /></p>");

        List<String> lines = ContentDiff.between(older, newer).get(0).getLines().stream()
                .map(line -> line.getChange() + " " + line.getText())
                .toList();

        assertEquals(List.of("SAME 特点：低音&高音", "ADDED [amp-front.jpg]"), lines);
    }

    @Test
    void plainFieldsAreShownAsTheyAre() {
        List<Field> diff = ContentDiff.between(fields("title", "A <b> & C"), fields("title", "A <b> &amp; C"));
        assertEquals("A <b> & C", diff.get(0).getLines().get(0).getText());
    }

    @Test
    void identicalSnapshotsHaveNoDifference() {
        Map<String, String> same = fields("title", "A", "body", "<p>x</p>");
        assertTrue(ContentDiff.between(same, new LinkedHashMap<>(same)).isEmpty());
    }
}
