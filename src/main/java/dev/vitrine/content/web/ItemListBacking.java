package dev.vitrine.content.web;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryTree;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.web.ListParameters;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.shared.web.Responses;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * A public list of one kind of item ({@code /<kind>?category=<slug>&page=<n>}): all of them or one
 * category's (with those below it), a page at a time. An unknown category is a 404, a malformed or too high
 * page number a 400.
 */
public abstract class ItemListBacking {

    @Inject
    private CategoryService categories;

    @Inject
    private RenderedPage rendered;

    /** The language of the page: the list's items are read in it. */
    @Inject
    protected PageLanguage language;

    private Category category;
    private CategoryTree tree;
    private PageResult<ItemCard> result;

    protected abstract ItemKind categoryKind();

    /** One page of the visible items, of {@code category} or (with {@code null}) of all. */
    protected abstract PageResult<ItemCard> list(Category category, int page);

    public void load() {
        rendered.shows(ContentChange.list(categoryKind().name()));
        Optional<ListParameters> params = ListParameters.ofCurrentRequest();
        if (params.isEmpty()) {
            Responses.badRequest();
            return;
        }
        tree = categories.tree(categoryKind());
        String slug = params.get().categorySlug();
        if (slug != null) {
            category = categories.findCategory(categoryKind(), slug).orElse(null);
            if (category == null) {
                Responses.notFound();
                return;
            }
        }
        result = list(category, params.get().page());
        if (result.getPage() > result.getPageCount()) {
            Responses.badRequest();
        }
    }

    /** The category shown, or {@code null} for all. */
    public Category getCategory() {
        return category;
    }

    /** The categories at the top, a tab each. */
    public List<Category> getTopCategories() {
        return tree.children(null);
    }

    /** The top category the one shown is in (or is), for its tab; {@code null} for all. */
    public Category getTopCategory() {
        return category == null ? null : category.getPath().get(0);
    }

    /**
     * The second row of tabs: the children of the category shown, or, when it has none, those beside it in its
     * parent; empty for a category at the top without children.
     */
    public List<Category> getSubcategories() {
        if (category == null) {
            return List.of();
        }
        List<Category> children = tree.children(category);
        return children.isEmpty() && category.getParent() != null ? tree.children(category.getParent()) : children;
    }

    public PageResult<ItemCard> getResult() {
        return result;
    }
}
