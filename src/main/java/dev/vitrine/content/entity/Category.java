package dev.vitrine.content.entity;

import dev.vitrine.shared.BaseEntity;
import dev.vitrine.shared.Language;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.text.Texts;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A group of products or of articles, shown in the navigation in the shop's order. A category may sit in
 * another of its kind (汽车音响 › 功放), at most {@link #MAX_DEPTH} levels deep; its list shows its children's
 * items too.
 */
@Entity
@Table(name = "category")
@Cacheable
@NamedQuery(
        name = Category.LIST_BY_KIND,
        query = "SELECT c FROM Category c WHERE c.kind = :kind ORDER BY c.sortOrder, c.id")
@NamedQuery(name = Category.FIND_BY_SLUG, query = "SELECT c FROM Category c WHERE c.kind = :kind AND c.slug = :slug")
public class Category extends BaseEntity {

    public static final String LIST_BY_KIND = "Category.listByKind";
    public static final String FIND_BY_SLUG = "Category.findBySlug";
    public static final int NAME_LENGTH = 100;
    /** How many levels a tree of categories may have: more would not fit a menu. */
    public static final int MAX_DEPTH = 3;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemKind kind;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @NotBlank
    @Size(max = Slugs.MAX_LENGTH)
    @Pattern(regexp = Slugs.PATTERN)
    @Column(nullable = false, length = Slugs.MAX_LENGTH)
    private String slug;

    /** The names in the languages but Chinese that have one, by language code. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "category_name", joinColumns = @JoinColumn(name = "category_id"))
    @MapKeyColumn(name = "language", length = 10)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private Map<String, @Size(max = NAME_LENGTH) String> names = new HashMap<>();

    /** The category this one sits in; {@code null} at the top. */
    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Category parent;

    /** The place in its kind's tree read depth first, written only through {@code Places}. */
    @Column(name = "sort_order", nullable = false, updatable = false)
    private int sortOrder;

    protected Category() {
        // for JPA
    }

    public Category(ItemKind kind, String name, String slug, int sortOrder) {
        this.kind = kind;
        this.name = name;
        this.slug = slug;
        this.sortOrder = sortOrder;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The names by language code, to edit: an empty one is dropped on saving ({@link #dropEmptyNames()}). */
    public Map<String, String> getNames() {
        return names;
    }

    /** Keeps only the names in other languages that say something, stripped. */
    public void dropEmptyNames() {
        Texts.dropEmpty(names);
    }

    /** The name in a language: its own where there is one, else the Chinese. */
    public String nameIn(Language language) {
        return names.getOrDefault(language.code(), name);
    }

    public Category getParent() {
        return parent;
    }

    public void setParent(Category parent) {
        this.parent = parent;
    }

    /** From the top category down to this one. */
    public List<Category> getPath() {
        List<Category> path = new ArrayList<>();
        for (Category step = this; step != null && path.size() <= MAX_DEPTH; step = step.parent) {
            path.add(0, step);
        }
        return path;
    }

    /** 0 for a category at the top, 1 for one inside it, and so on. */
    public int getDepth() {
        return getPath().size() - 1;
    }

    /** The names from the top down ("汽车音响 › 功放"), as staff choose a category. */
    public String getPathName() {
        return String.join(" › ", getPath().stream().map(Category::getName).toList());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public void setKind(ItemKind kind) {
        this.kind = kind;
    }
}
