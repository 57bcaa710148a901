package dev.vitrine.content.web;

import dev.vitrine.content.entity.SpecRow;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A line of a specification table while it is edited. */
public class SpecLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String value;

    /** Lines to edit, one per row. */
    public static List<SpecLine> of(List<SpecRow> rows) {
        List<SpecLine> lines = new ArrayList<>();
        for (SpecRow row : rows) {
            SpecLine line = new SpecLine();
            line.name = row.getName();
            line.value = row.getValue();
            lines.add(line);
        }
        return lines;
    }

    /** The rows to save: the lines with a name, stripped. */
    public static List<SpecRow> rows(List<SpecLine> lines) {
        List<SpecRow> rows = new ArrayList<>();
        for (SpecLine line : lines) {
            if (line.name != null && !line.name.isBlank()) {
                rows.add(new SpecRow(line.name.strip(), line.value == null ? "" : line.value.strip()));
            }
        }
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
