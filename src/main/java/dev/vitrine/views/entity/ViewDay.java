package dev.vitrine.views.entity;

import dev.vitrine.content.entity.ItemKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The views of one item on one day (in the shop's time zone), for trends. Changed only by {@code ViewCountWriter}. */
@Entity
@Table(name = "view_day")
public class ViewDay {

    /** The key: which item, which day. */
    @Embeddable
    public static class Id implements Serializable {

        private static final long serialVersionUID = 1L;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        private ItemKind kind;

        @Column(name = "item_id", nullable = false)
        private long itemId;

        @Column(name = "view_date", nullable = false)
        private LocalDate viewDate;

        protected Id() {
            // for JPA
        }

        public Id(ViewedItem item, LocalDate viewDate) {
            this.kind = item.getKind();
            this.itemId = item.getItemId();
            this.viewDate = viewDate;
        }

        public ItemKind getKind() {
            return kind;
        }

        public long getItemId() {
            return itemId;
        }

        public LocalDate getViewDate() {
            return viewDate;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && kind == id.kind && itemId == id.itemId && viewDate.equals(id.viewDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, itemId, viewDate);
        }
    }

    @EmbeddedId
    private Id id;

    @Column(nullable = false)
    private long views;

    protected ViewDay() {
        // for JPA
    }

    public ViewDay(ViewedItem item, LocalDate viewDate, long views) {
        this.id = new Id(item, viewDate);
        this.views = views;
    }
}
