package dev.vitrine.search.web;

import dev.vitrine.search.service.SearchTerms;
import dev.vitrine.search.service.SearchTerms.Searched;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The search statistics ({@code /admin/search/terms}): what visitors look for, and what they don't find. */
@Named
@ViewScoped
public class SearchTermsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 50;

    @Inject
    private SearchTerms terms;

    private int days = 30;
    private List<Searched> mostSearched;
    private List<Searched> foundNothing;

    /** Shows the chosen period, this instance's latest searches included. */
    public void load() {
        terms.writePending();
        mostSearched = terms.mostSearched(days, ROWS);
        foundNothing = terms.foundNothing(days, ROWS);
    }

    public List<Integer> getPeriods() {
        return List.of(7, 30, 90);
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = getPeriods().contains(days) ? days : 30;
    }

    public List<Searched> getMostSearched() {
        return mostSearched;
    }

    public List<Searched> getFoundNothing() {
        return foundNothing;
    }
}
