package dev.vitrine.content.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A published item that belongs to a category: products and articles. */
@MappedSuperclass
public abstract class CategorizedItem extends PublishedItem {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    /** Files for visitors to download, in the order shown. */
    @ElementCollection
    @CollectionTable(name = "item_file", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "sort_order")
    private List<ItemFile> files = new ArrayList<>();

    protected CategorizedItem() {
        // for JPA
    }

    protected CategorizedItem(Category category, String slug, String title) {
        super(slug, title);
        this.category = category;
    }

    /**
     * Adds the category, by name and id ({@code 汽车音响 #12}): a revision shows the name, a restore uses the id;
     * and the files, a line each.
     */
    @Override
    public Map<String, String> snapshot() {
        Map<String, String> fields = super.snapshot();
        fields.put("category", category == null ? null : category.getName() + " #" + category.getId());
        fields.put("files", files.stream().map(ItemFile::asLine).collect(Collectors.joining("\n")));
        return fields;
    }

    @Override
    public void restoreSnapshot(Map<String, String> fields) {
        super.restoreSnapshot(fields);
        String lines = fields.get("files");
        if (lines != null) {
            files.clear();
            lines.lines().filter(line -> !line.isEmpty()).map(ItemFile::ofLine).forEach(files::add);
        }
    }

    @Override
    public Set<String> mediaPaths() {
        Set<String> paths = super.mediaPaths();
        files.forEach(file -> paths.add(file.getPath()));
        return paths;
    }

    public List<ItemFile> getFiles() {
        return List.copyOf(files);
    }

    public void addFile(ItemFile file) {
        files.add(file);
    }

    public void removeFile(ItemFile file) {
        files.remove(file);
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
