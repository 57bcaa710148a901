package dev.vitrine.views.entity;

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

/** How many page requests were not counted on one day, and why. Changed only by {@code ViewCountWriter}. */
@Entity
@Table(name = "view_drop_day")
public class DropDay {

    /** The key: which day, which reason. */
    @Embeddable
    public static class Id implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "view_date", nullable = false)
        private LocalDate viewDate;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        private DropReason reason;

        protected Id() {
            // for JPA
        }

        public Id(LocalDate viewDate, DropReason reason) {
            this.viewDate = viewDate;
            this.reason = reason;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && viewDate.equals(id.viewDate) && reason == id.reason;
        }

        @Override
        public int hashCode() {
            return Objects.hash(viewDate, reason);
        }
    }

    @EmbeddedId
    private Id id;

    @Column(nullable = false)
    private long requests;

    protected DropDay() {
        // for JPA
    }

    public DropDay(LocalDate viewDate, DropReason reason, long requests) {
        this.id = new Id(viewDate, reason);
        this.requests = requests;
    }
}
