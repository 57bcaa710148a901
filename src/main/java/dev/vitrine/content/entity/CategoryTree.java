package dev.vitrine.content.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The categories of one kind as a tree: each category's children in the shop's order, and all of them
 * depth first (a parent, its children, the next parent), the order of menus, lists and choices. Built from
 * the categories in the shop's order as the database gives it (places are written past the entities, so an
 * entity's own may be old); a parent that is not among them counts as none.
 */
public final class CategoryTree {

    private final Map<Long, List<Category>> children = new HashMap<>();
    private final List<Category> inOrder = new ArrayList<>();

    /** The tree of categories given in the shop's order. */
    public CategoryTree(List<Category> categories) {
        this(categories, null);
    }

    /** The tree with {@code lastId}'s category after its siblings, where a category just put in another goes. */
    public CategoryTree(List<Category> categories, Long lastId) {
        List<Long> ids = categories.stream().map(Category::getId).toList();
        Comparator<Category> last =
                Comparator.comparing(category -> category.getId().equals(lastId));
        for (Category category : categories.stream().sorted(last).toList()) {
            Long parent =
                    category.getParent() == null ? null : category.getParent().getId();
            children.computeIfAbsent(ids.contains(parent) ? parent : null, key -> new ArrayList<>())
                    .add(category);
        }
        addDepthFirst(null, inOrder);
        // Categories that only reach each other (never written so, but never to be lost): at the end.
        categories.stream().filter(category -> !inOrder.contains(category)).forEach(inOrder::add);
    }

    private void addDepthFirst(Long parent, List<Category> into) {
        for (Category child : children.getOrDefault(parent, List.of())) {
            if (!into.contains(child)) {
                into.add(child);
                addDepthFirst(child.getId(), into);
            }
        }
    }

    /** Every category, depth first. */
    public List<Category> inOrder() {
        return List.copyOf(inOrder);
    }

    /** The categories directly inside {@code parent}, or at the top with {@code null}. */
    public List<Category> children(Category parent) {
        return List.copyOf(children.getOrDefault(parent == null ? null : parent.getId(), List.of()));
    }

    /** The category and everything below it, depth first. */
    public List<Category> withDescendants(Category category) {
        List<Category> all = new ArrayList<>(List.of(category));
        addDepthFirst(category.getId(), all);
        return all;
    }

    /** How many levels lie below the category (0 for one without children). */
    public int height(Category category) {
        return height(category.getId(), Category.MAX_DEPTH);
    }

    private int height(Long id, int guard) {
        return guard == 0
                ? 0
                : children.getOrDefault(id, List.of()).stream()
                        .mapToInt(child -> 1 + height(child.getId(), guard - 1))
                        .max()
                        .orElse(0);
    }

    /** Whether {@code candidate} may hold {@code category}: not itself, not below it, and not too deep. */
    public boolean mayHold(Category candidate, Category category) {
        if (candidate == null) {
            return true;
        }
        boolean within = category.getId() != null
                && withDescendants(category).stream().anyMatch(c -> Objects.equals(c.getId(), candidate.getId()));
        int levels = category.getId() == null ? 0 : height(category);
        return !within && candidate.getDepth() + 1 + levels < Category.MAX_DEPTH;
    }

    /**
     * Every category depth first once {@code category} moved one place up or down among its siblings; empty when
     * it is already first or last there.
     */
    public Optional<List<Category>> orderAfterMoving(Category category, boolean up) {
        Long parent = category.getParent() == null ? null : category.getParent().getId();
        List<Category> siblings = children.getOrDefault(parent, List.of());
        int index = indexOf(siblings, category);
        int target = up ? index - 1 : index + 1;
        if (index < 0 || target < 0 || target >= siblings.size()) {
            return Optional.empty();
        }
        List<Category> moved = new ArrayList<>(siblings);
        moved.add(target, moved.remove(index));
        CategoryTree reordered = new CategoryTree(List.of());
        reordered.children.putAll(children);
        reordered.children.put(parent, moved);
        reordered.addDepthFirst(null, reordered.inOrder);
        return Optional.of(reordered.inOrder());
    }

    private static int indexOf(List<Category> categories, Category category) {
        for (int i = 0; i < categories.size(); i++) {
            if (Objects.equals(categories.get(i).getId(), category.getId())) {
                return i;
            }
        }
        return -1;
    }
}
