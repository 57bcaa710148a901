package dev.vitrine.shared.web;

import dev.vitrine.shared.PageResult;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A PrimeFaces lazy table model over a service's paged list. */
public final class Pages {

    private Pages() {}

    /**
     * @param loader the service call: (page from 1, page size) to a page of rows
     * @param idOf each row's id, for row keys
     */
    public static <T> LazyDataModel<T> lazy(
            BiFunction<Integer, Integer, PageResult<T>> loader, Function<T, Long> idOf) {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;
            private int lastCount;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return lastCount;
            }

            @Override
            public List<T> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                PageResult<T> page = loader.apply(first / pageSize + 1, pageSize);
                lastCount = (int) page.getTotal();
                setRowCount(lastCount);
                return page.getItems();
            }

            @Override
            public String getRowKey(T row) {
                return String.valueOf(idOf.apply(row));
            }

            @Override
            public T getRowData(String rowKey) {
                return getWrappedData() == null
                        ? null
                        : getWrappedData().stream()
                                .filter(row -> String.valueOf(idOf.apply(row)).equals(rowKey))
                                .findFirst()
                                .orElse(null);
            }
        };
    }
}
