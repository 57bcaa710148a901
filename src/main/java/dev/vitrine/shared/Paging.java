package dev.vitrine.shared;

import java.util.Optional;

/** Rules for page numbers that come from a visitor's URL. */
public final class Paging {

    /** No shop lists more; a bigger number is a typo or a probe, not a page. */
    static final int MAX_PAGE = 100_000;

    private Paging() {}

    /**
     * Reads a page number from a request parameter.
     *
     * @return the page, 1 when the parameter is absent; empty when it is not a page number at all
     */
    public static Optional<Integer> parsePage(String raw) {
        if (raw == null) {
            return Optional.of(1);
        }
        if (raw.isEmpty() || raw.length() > 6 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int page = Integer.parseInt(raw);
        return page >= 1 && page <= MAX_PAGE ? Optional.of(page) : Optional.empty();
    }

    /** How many pages {@code total} items fill, at least one. */
    public static int pageCount(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** The index of the first item of {@code page}. */
    public static int firstResult(int page, int pageSize) {
        return (page - 1) * pageSize;
    }
}
