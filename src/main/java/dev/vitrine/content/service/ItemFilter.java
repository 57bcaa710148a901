package dev.vitrine.content.service;

/**
 * Which items a back-office table shows: those in the recycle bin or the others, optionally of one
 * category and matching a search in the title or address.
 */
public record ItemFilter(boolean inBin, Long categoryId, String search) {

    public boolean hasSearch() {
        return search != null && !search.isBlank();
    }
}
