package dev.vitrine.news.web;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.CategoryKind;
import dev.vitrine.content.service.CategoryService;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.news.service.NewsService;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.web.ListParameters;
import dev.vitrine.shared.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The news list ({@code /news?category=<slug>&page=<n>}), newest first. */
@Named
@RequestScoped
public class ArticleListBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    private NewsService news;
    @Inject
    private CategoryService categories;

    private Category category;
    private PageResult<ItemCard> articles;

    /** Loads the page; an unknown category is a 404, a bad page number a 400. */
    public void load() {
        Optional<ListParameters> params = ListParameters.ofCurrentRequest();
        if (params.isEmpty()) {
            Responses.badRequest();
            return;
        }
        String slug = params.get().categorySlug();
        if (slug != null) {
            category = categories.findCategory(CategoryKind.NEWS, slug).orElse(null);
            if (category == null) {
                Responses.notFound();
                return;
            }
        }
        articles = news.listVisibleArticles(category, params.get().page(), PAGE_SIZE);
        if (articles.getPage() > articles.getPageCount()) {
            Responses.badRequest();
        }
    }

    /** The category shown, or {@code null} for all news. */
    public Category getCategory() {
        return category;
    }

    public PageResult<ItemCard> getArticles() {
        return articles;
    }
}
