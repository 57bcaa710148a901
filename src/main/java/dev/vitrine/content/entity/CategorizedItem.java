package dev.vitrine.content.entity;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** A published item that belongs to a category: products and articles. */
@MappedSuperclass
public abstract class CategorizedItem extends PublishedItem {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    protected CategorizedItem() {
        // for JPA
    }

    protected CategorizedItem(Category category, String slug, String title) {
        super(slug, title);
        this.category = category;
    }

    /** Adds the category, by name and id ({@code 汽车音响 #12}): a revision shows the name, a restore uses the id. */
    @Override
    public Map<String, String> snapshot() {
        Map<String, String> fields = super.snapshot();
        fields.put("category", category == null ? null : category.getName() + " #" + category.getId());
        return fields;
    }

    /** The id of the category a snapshot names, if it names one. */
    public static Long categoryIdIn(Map<String, String> snapshot) {
        String category = snapshot.get("category");
        int hash = category == null ? -1 : category.lastIndexOf(" #");
        try {
            return hash < 0 ? null : Long.valueOf(category.substring(hash + 2));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }
}
