package dev.vitrine.content.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.vitrine.shared.text.PlainText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between two snapshots of an item, field by field and line by line (java-diff-utils).
 * Rich text is compared a block at a time: a line ends after each closing paragraph, list item, heading,
 * table row and line break, so a changed sentence shows as one changed paragraph; each block is shown as the
 * text a reader sees, a picture as its file name in brackets.
 */
public final class ContentDiff {

    /** Whether a line is in both, only in the older one (removed) or only in the newer one (added). */
    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    /** One line of a field's difference. Getters for Jakarta EL. */
    public static final class Line {
        private final Change change;
        private final String text;

        Line(Change change, String text) {
            this.change = change;
            this.text = text;
        }

        public Change getChange() {
            return change;
        }

        public String getText() {
            return text;
        }
    }

    /** A field that differs, with its lines. */
    public static final class Field {
        private final String name;
        private final List<Line> lines;

        Field(String name, List<Line> lines) {
            this.name = name;
            this.lines = List.copyOf(lines);
        }

        public String getName() {
            return name;
        }

        public List<Line> getLines() {
            return lines;
        }
    }

    /** The field of rich text, compared as text. */
    private static final String RICH_TEXT = "body";

    private static final Pattern PICTURE = Pattern.compile("(?i)<img\\b[^>]*?\\bsrc=\"([^\"]*)\"[^>]*>");

    private ContentDiff() {}

    /**
     * The names of the fields whose values differ, in the newer snapshot's order; an empty field is the same as
     * one the other snapshot lacks (taken before the field existed).
     */
    public static List<String> changedFields(Map<String, String> older, Map<String, String> newer) {
        List<String> changed = new ArrayList<>();
        for (String name : names(older, newer)) {
            if (!Objects.equals(emptyAsNull(older.get(name)), emptyAsNull(newer.get(name)))) {
                changed.add(name);
            }
        }
        return changed;
    }

    /** Every field that differs, with its lines marked as kept, removed or added. */
    public static List<Field> between(Map<String, String> older, Map<String, String> newer) {
        List<Field> fields = new ArrayList<>();
        for (String name : changedFields(older, newer)) {
            UnaryOperator<String> shown = RICH_TEXT.equals(name) ? ContentDiff::asText : line -> line;
            fields.add(new Field(
                    name, lines(shown(lines(older.get(name)), shown), shown(lines(newer.get(name)), shown))));
        }
        return fields;
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static List<String> shown(List<String> lines, UnaryOperator<String> shown) {
        return lines.stream().map(shown).filter(line -> !line.isEmpty()).toList();
    }

    /** A block of rich text as a reader sees it: its words, and each picture's file name in brackets. */
    static String asText(String html) {
        Matcher pictures = PICTURE.matcher(html);
        StringBuilder named = new StringBuilder();
        while (pictures.find()) {
            String source = pictures.group(1);
            pictures.appendReplacement(
                    named, Matcher.quoteReplacement(" [" + source.substring(source.lastIndexOf('/') + 1) + "] "));
        }
        pictures.appendTail(named);
        return PlainText.of(named.toString());
    }

    private static Set<String> names(Map<String, String> older, Map<String, String> newer) {
        Set<String> names = new LinkedHashSet<>(newer.keySet());
        names.addAll(older.keySet());
        return names;
    }

    private static List<Line> lines(List<String> older, List<String> newer) {
        List<Line> lines = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            while (next < delta.getSource().getPosition()) {
                lines.add(new Line(Change.SAME, older.get(next++)));
            }
            delta.getSource().getLines().forEach(text -> lines.add(new Line(Change.REMOVED, text)));
            delta.getTarget().getLines().forEach(text -> lines.add(new Line(Change.ADDED, text)));
            next = delta.getSource().getPosition() + delta.getSource().size();
        }
        while (next < older.size()) {
            lines.add(new Line(Change.SAME, older.get(next++)));
        }
        return lines;
    }

    /** A value cut into the lines that are compared. */
    static List<String> lines(String value) {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        String split = value.replaceAll("(?i)(</(p|li|h[1-6]|tr|blockquote|pre|ul|ol|table)>|<br\\s*/?>)", "$1\n");
        return split.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
