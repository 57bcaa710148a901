package dev.vitrine.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Staff order lists by moving an item one place up or down, never by typing sort numbers. */
public final class Reordering {

    private Reordering() {}

    /**
     * The items in their new order once {@code item} moved one place towards the start ({@code up}) or the
     * end; empty when there is nothing to do (it is already at that end, or not in the list).
     */
    public static <T> Optional<List<T>> moveOnePlace(List<T> items, T item, boolean up) {
        int index = items.indexOf(item);
        int target = up ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= items.size()) {
            return Optional.empty();
        }
        List<T> moved = new ArrayList<>(items);
        moved.add(target, moved.remove(index));
        return Optional.of(moved);
    }
}
