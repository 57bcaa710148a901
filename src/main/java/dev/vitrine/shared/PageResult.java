package dev.vitrine.shared;

import java.util.List;

/**
 * One page of a list: the items on it, its number (from 1), and how many pages there are (at least 1,
 * so that an empty list still has its first page). Getters rather than a record, for Jakarta EL 5.
 */
public final class PageResult<T> {

    private final List<T> items;
    private final int page;
    private final int pageCount;
    private final long total;

    /**
     * @param items the items on page {@code page} (from 1)
     * @param total how many items all pages hold
     */
    public PageResult(List<T> items, int page, int pageSize, long total) {
        this.items = List.copyOf(items);
        this.page = page;
        this.pageCount = Paging.pageCount(total, pageSize);
        this.total = total;
    }

    public long getTotal() {
        return total;
    }

    public List<T> getItems() {
        return items;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return pageCount;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}
