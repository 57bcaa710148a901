package dev.vitrine.news.web;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.web.ItemListBacking;
import dev.vitrine.news.service.NewsService;
import dev.vitrine.shared.PageResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The news list ({@code /news?category=<slug>&page=<n>}), newest first. */
@Named
@RequestScoped
public class ArticleListBacking extends ItemListBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    private NewsService news;

    @Override
    protected ItemKind categoryKind() {
        return ItemKind.ARTICLE;
    }

    @Override
    protected PageResult<ItemCard> list(Category category, int page) {
        return news.listVisibleArticles(language.in(), category, page, PAGE_SIZE);
    }
}
