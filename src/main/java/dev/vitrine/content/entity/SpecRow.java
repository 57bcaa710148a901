package dev.vitrine.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One line of a specification table (a product's, or its translation's), such as "阻抗" / "4 Ω". Immutable. */
@Embeddable
public class SpecRow implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 100;
    public static final int VALUE_LENGTH = 500;

    @Column(name = "spec_name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "spec_value", nullable = false, length = VALUE_LENGTH)
    private String value;

    protected SpecRow() {
        // for JPA
    }

    public SpecRow(String name, String value) {
        this.name = Objects.requireNonNull(name);
        this.value = Objects.requireNonNull(value);
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpecRow row && name.equals(row.name) && value.equals(row.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }
}
