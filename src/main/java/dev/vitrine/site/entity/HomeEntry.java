package dev.vitrine.site.entity;

import dev.vitrine.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** Something the home page lists in the order staff give it: a banner slide or a friendly link. */
@MappedSuperclass
public abstract class HomeEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The place in its list, written only through {@code Places}. */
    @Column(name = "sort_order", nullable = false, updatable = false)
    private int sortOrder;

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** The stored picture it shows, or null. */
    public abstract String picture();

    /** How the audit log names it. */
    public abstract String label();
}
