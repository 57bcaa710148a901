package dev.vitrine.catalog.web;

import dev.vitrine.catalog.entity.Product;
import dev.vitrine.catalog.entity.ProductImage;
import dev.vitrine.catalog.service.ProductEditService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.content.web.CategorizedEditBacking;
import dev.vitrine.content.web.SpecLine;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.ReorderEvent;

/** Creating or editing a product ({@code /admin/products/edit?id=<id>}): its pictures and specs too. */
@Named
@ViewScoped
public class ProductEditBacking extends CategorizedEditBacking<Product> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProductEditService products;

    private List<SpecLine> specs = new ArrayList<>();

    @Override
    protected ItemEditService<Product> service() {
        return products;
    }

    @Override
    protected Product newItem() {
        return new Product(null, "", "");
    }

    @Override
    protected ItemKind categoryKind() {
        return ItemKind.PRODUCT;
    }

    @Override
    protected void show(Product loaded) {
        super.show(loaded);
        specs = SpecLine.of(loaded.getSpecs());
    }

    @Override
    protected boolean prepare(Product edited) {
        edited.replaceSpecs(SpecLine.rows(specs));
        return super.prepare(edited);
    }

    public void upload(FileUploadEvent event) throws IOException {
        String path = storeUpload(event, "products");
        if (path != null) {
            getItem().addImage(path, null);
        }
    }

    public void removeImage(ProductImage image) {
        getItem().removeImage(image);
    }

    public void makeMain(ProductImage image) {
        getItem().makeMain(image);
    }

    /** The pictures, main one first, for the gallery table (a list of its own, which the table may reorder). */
    public List<ProductImage> getGallery() {
        return new ArrayList<>(getItem().getImages());
    }

    /** A picture dragged to another place in the gallery. */
    public void reorderImages(ReorderEvent event) {
        getItem().moveImage(event.getFromIndex(), event.getToIndex());
    }

    public void addSpec() {
        specs.add(new SpecLine());
    }

    public void removeSpec(SpecLine line) {
        specs.remove(line);
    }

    public List<SpecLine> getSpecs() {
        return specs;
    }
}
