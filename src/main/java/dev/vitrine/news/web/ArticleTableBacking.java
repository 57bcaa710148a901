package dev.vitrine.news.web;

import dev.vitrine.catalog.entity.Category;
import dev.vitrine.catalog.entity.CategoryKind;
import dev.vitrine.catalog.service.CategoryService;
import dev.vitrine.news.entity.Article;
import dev.vitrine.news.service.ArticleEditService;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.web.Messages;
import dev.vitrine.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The back office's article table ({@code /admin/articles}), with the recycle bin as a second view. */
@Named
@ViewScoped
public class ArticleTableBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleEditService articles;
    @Inject
    private CategoryService categories;
    @Inject
    private ShopClock clock;

    private List<Category> categoryChoices;
    private Long categoryId;
    private String search;
    private boolean bin;
    private LazyDataModel<Article> table;

    @PostConstruct
    void init() {
        categoryChoices = categories.listCategories(CategoryKind.NEWS);
        table = Pages.lazy((page, size) -> articles.list(bin, categoryChoices.stream()
                .filter(c -> c.getId().equals(categoryId)).findFirst().orElse(null), search, page, size), Article::getId);
    }

    /** The article's state for the table: draft, scheduled or published. */
    public String state(Article article) {
        if (article.isScheduledAt(clock.now())) {
            return "scheduled";
        }
        return article.getStatus().name().toLowerCase(java.util.Locale.ROOT);
    }

    public void moveToBin(Article article) {
        articles.moveToBin(article.getId());
        Messages.info("admin.movedToBin", article.getTitle());
    }

    public void restore(Article article) {
        articles.restore(article.getId());
        Messages.info("admin.restored", article.getTitle());
    }

    public void deleteForever(Article article) {
        articles.deleteForever(article.getId());
        Messages.info("admin.deletedForever", article.getTitle());
    }

    public LazyDataModel<Article> getTable() {
        return table;
    }

    public List<Category> getCategoryChoices() {
        return categoryChoices;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isBin() {
        return bin;
    }

    public void setBin(boolean bin) {
        this.bin = bin;
    }
}
