package dev.vitrine.news.service;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.service.VisibleItems;
import dev.vitrine.news.entity.Article;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** News articles as the public sees them: published, their time has come, not in the recycle bin. */
@Stateless
@PermitAll
public class NewsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    public Optional<Article> findVisibleArticle(String slug) {
        return em.createNamedQuery(Article.FIND_VISIBLE_BY_SLUG, Article.class)
                .setParameter("slug", slug)
                .setParameter("now", clock.now())
                .getResultStream()
                .findFirst();
    }

    /** One page of visible articles, newest first, of one category or (with {@code null}) of all. */
    public PageResult<ItemCard> listVisibleArticles(Category category, int page, int pageSize) {
        return VisibleItems.page(em, Article.class, category, clock.now(), page, pageSize);
    }

    /** The newest visible articles, for the home page. */
    public List<ItemCard> listLatest(int max) {
        return listVisibleArticles(null, 1, max).getItems();
    }

    /** The visible article just before {@code article} in its category (the older one). */
    public Optional<ItemCard> findPrevious(Article article) {
        return neighbour(Article.LIST_OLDER, article);
    }

    /** The visible article just after {@code article} in its category (the newer one). */
    public Optional<ItemCard> findNext(Article article) {
        return neighbour(Article.LIST_NEWER, article);
    }

    private Optional<ItemCard> neighbour(String query, Article article) {
        return em.createNamedQuery(query, ItemCard.class)
                .setParameter("category", article.getCategory())
                .setParameter("now", clock.now())
                .setParameter("publishedAt", article.getPublishedAt())
                .setParameter("id", article.getId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
