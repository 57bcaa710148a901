package dev.vitrine.catalog.entity;

import dev.vitrine.content.entity.CategorizedItem;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.SpecRow;
import dev.vitrine.content.entity.Specified;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Something the shop sells, shown in its category in the shop's chosen order, with pictures and specs. */
@Entity
@Table(name = "product")
@NamedEntityGraph(
        name = Product.WHOLE,
        attributeNodes = {@NamedAttributeNode("category"), @NamedAttributeNode("images")})
@NamedQuery(
        name = Product.FETCH_SPECS,
        query = "SELECT DISTINCT p FROM Product p LEFT JOIN FETCH p.specs LEFT JOIN FETCH p.files WHERE p = :product")
public class Product extends CategorizedItem implements Specified {

    private static final long serialVersionUID = 1L;

    /**
     * The entity graph that loads a product with its category and pictures; its specs and files come with a
     * second query ({@link #FETCH_SPECS}), as one query for all would repeat every picture once per spec.
     */
    public static final String WHOLE = "Product.whole";

    public static final String FETCH_SPECS = "Product.fetchSpecs";

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProductImage> images = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_spec", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "sort_order")
    private List<SpecRow> specs = new ArrayList<>();

    protected Product() {
        // for JPA
    }

    public Product(Category category, String slug, String title) {
        super(category, slug, title);
    }

    /** Adds a picture after the others; the first one becomes the main image. */
    public ProductImage addImage(String path, String altText) {
        ProductImage image = new ProductImage(this, path, altText, images.size());
        images.add(image);
        renumberImages();
        return image;
    }

    /** Takes out a picture; if it was the main image, the next one becomes main. */
    public void removeImage(ProductImage image) {
        images.remove(image);
        renumberImages();
    }

    /** Moves a picture from one place in the gallery to another (the first place is the main image's). */
    public void moveImage(int from, int to) {
        if (from < 0 || from >= images.size() || to < 0 || to >= images.size()) {
            return;
        }
        images.add(to, images.remove(from));
        renumberImages();
    }

    /** Makes a picture the main image by moving it first. */
    public void makeMain(ProductImage image) {
        images.remove(image);
        images.add(0, image);
        renumberImages();
    }

    private void renumberImages() {
        for (int i = 0; i < images.size(); i++) {
            images.get(i).setSortOrder(i);
        }
        setCoverPath(images.isEmpty() ? null : images.get(0).getPath());
    }

    public void addSpec(String specName, String specValue) {
        specs.add(new SpecRow(specName, specValue));
    }

    public void replaceSpecs(List<SpecRow> rows) {
        specs.clear();
        specs.addAll(rows);
    }

    /** Adds the pictures (one path a line, the main one first) and the specs (name, tab, value a line). */
    @Override
    public Set<String> mediaPaths() {
        Set<String> paths = super.mediaPaths();
        images.forEach(image -> paths.add(image.getPath()));
        return paths;
    }

    @Override
    public Map<String, String> snapshot() {
        Map<String, String> fields = super.snapshot();
        fields.put("images", images.stream().map(ProductImage::getPath).collect(Collectors.joining("\n")));
        fields.put(
                "specs",
                specs.stream().map(row -> row.getName() + "\t" + row.getValue()).collect(Collectors.joining("\n")));
        return fields;
    }

    @Override
    public void restoreSnapshot(Map<String, String> fields) {
        super.restoreSnapshot(fields);
        if (fields.containsKey("images")) {
            // A revision keeps the pictures, not their texts: a picture still shown keeps its own.
            Map<String, String> altTexts = new HashMap<>();
            images.forEach(image -> altTexts.put(image.getPath(), image.getAltText()));
            images.clear();
            lines(fields.get("images")).forEach(path -> addImage(path, altTexts.get(path)));
        }
        if (fields.containsKey("specs")) {
            replaceSpecs(lines(fields.get("specs")).stream()
                    .map(line -> {
                        int tab = line.indexOf('\t');
                        return tab < 0
                                ? new SpecRow(line, "")
                                : new SpecRow(line.substring(0, tab), line.substring(tab + 1));
                    })
                    .toList());
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    public List<ProductImage> getImages() {
        return List.copyOf(images);
    }

    public List<SpecRow> getSpecs() {
        return List.copyOf(specs);
    }
}
