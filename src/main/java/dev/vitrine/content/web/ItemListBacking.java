package dev.vitrine.content.web;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryKind;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.web.ListParameters;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.shared.web.Responses;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A public list of one kind of item ({@code /<kind>?category=<slug>&page=<n>}): all of them or one
 * category's, a page at a time. An unknown category is a 404, a malformed or too high page number a 400.
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
    private PageResult<ItemCard> result;

    protected abstract CategoryKind categoryKind();

    /** One page of the visible items, of {@code category} or (with {@code null}) of all. */
    protected abstract PageResult<ItemCard> list(Category category, int page);

    public void load() {
        rendered.shows(ContentChange.list(categoryKind().items().name()));
        Optional<ListParameters> params = ListParameters.ofCurrentRequest();
        if (params.isEmpty()) {
            Responses.badRequest();
            return;
        }
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

    public PageResult<ItemCard> getResult() {
        return result;
    }
}
