package dev.vitrine.moving.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import does (a dry run: would do) with each thing it reads, and what it leaves out.
 *
 * @param written whether it was written, or only planned
 */
public record MoveInReport(String system, List<Line> lines, List<String> leftOut, boolean written) {

    /** What happens to a thing. */
    public enum Action {
        NEW,
        UPDATED,
        REFUSED
    }

    /**
     * One thing read.
     *
     * @param what {@code CATEGORY}, {@code PICTURE} or the kind of item
     * @param note a message key that says more (a refusal's reason, what cleaning took out), or null
     * @param detail what the note names
     */
    public record Line(String what, String title, Action action, String note, String detail) {}

    public MoveInReport {
        lines = List.copyOf(lines);
        leftOut = List.copyOf(leftOut);
    }

    /** How many of each kind of thing get each action ("ARTICLE" → NEW 12, UPDATED 3). */
    public Map<String, Map<Action, Integer>> counts() {
        Map<String, Map<Action, Integer>> counts = new TreeMap<>();
        for (Line line : lines) {
            counts.computeIfAbsent(line.what(), what -> new TreeMap<>()).merge(line.action(), 1, Integer::sum);
        }
        return counts;
    }

    public int count(String what, Action action) {
        return counts().getOrDefault(what, Map.of()).getOrDefault(action, 0);
    }

    /** The lines that say something beyond "new" or "updated": refusals and cleaned texts. */
    public List<Line> notes() {
        List<Line> notes = new ArrayList<>();
        for (Line line : lines) {
            if (line.note() != null) {
                notes.add(line);
            }
        }
        return notes;
    }
}
