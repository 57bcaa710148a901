package dev.vitrine.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How often visitors searched for a term on a day (in the shop's time zone), and how many results the day's
 * last search found. Written only in bulk by {@code SearchTerms}, never edited, so it has no version.
 */
@Entity
@Table(name = "search_term")
public class SearchTerm {

    /** The longest term kept: the search itself looks for no more. */
    public static final int TERM_LENGTH = 100;

    /** The key: which day, which term. */
    @Embeddable
    public static class Id implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "search_date", nullable = false)
        private LocalDate day;

        @Column(nullable = false, length = TERM_LENGTH)
        private String term;

        protected Id() {
            // for JPA
        }

        public Id(LocalDate day, String term) {
            this.day = day;
            this.term = term;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && day.equals(id.day) && term.equals(id.term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(day, term);
        }
    }

    @EmbeddedId
    private Id id;

    @Column(nullable = false)
    private int searches;

    @Column(nullable = false)
    private int results;

    protected SearchTerm() {
        // for JPA
    }

    public SearchTerm(LocalDate day, String term, int searches, int results) {
        this.id = new Id(day, term);
        this.searches = searches;
        this.results = results;
    }
}
