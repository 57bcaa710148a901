package dev.vitrine.news.service;

import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.content.service.VisibleItems;
import dev.vitrine.news.entity.Article;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.ShopClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;

/** News articles as the public sees them (see {@link VisibleItems}), newest first. */
@Stateless
@PermitAll
// Only reads: no transaction to begin and end for every call.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class NewsService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    public Optional<Article> findVisibleArticle(String slug) {
        return VisibleItems.find(em, Article.class, slug, clock.now(), Article.WHOLE);
    }

    /** An article's page: the article and its neighbours, or none for an unknown, draft or scheduled one. */
    public record ArticlePage(Localized<Article> shown, Optional<ItemCard> previous, Optional<ItemCard> next) {

        public Article article() {
            return shown.item();
        }
    }

    /** What an article's page shows in a language, in one call (one call costs more than its queries). */
    public Optional<ArticlePage> findArticlePage(InLanguage in, String slug) {
        return VisibleItems.localized(em, ItemKind.ARTICLE, in, slug, this::findVisibleArticle)
                .map(shown ->
                        new ArticlePage(shown, neighbour(shown.item(), true, in), neighbour(shown.item(), false, in)));
    }

    /** One page of visible articles, newest first, of a category and those below it, or (with {@code null}) of all. */
    public PageResult<ItemCard> listVisibleArticles(InLanguage in, Category category, int page, int pageSize) {
        return VisibleItems.page(
                em,
                Article.class,
                in,
                clock.now(),
                (cb, article) -> VisibleItems.inCategory(em, cb, article, category),
                NewsService::newestFirst,
                page,
                pageSize);
    }

    /** The newest visible articles, for the home page. */
    public List<ItemCard> listLatest(InLanguage in, int max) {
        return listVisibleArticles(in, null, 1, max).getItems();
    }

    /** The visible article just before {@code article} in its category (the older one). */
    public Optional<ItemCard> findPrevious(Article article) {
        return neighbour(article, true, InLanguage.CHINESE);
    }

    /** The visible article just after {@code article} in its category (the newer one). */
    public Optional<ItemCard> findNext(Article article) {
        return neighbour(article, false, InLanguage.CHINESE);
    }

    /** The nearest older or newer article of the same category; one published the same second goes by id. */
    private Optional<ItemCard> neighbour(Article article, boolean older, InLanguage in) {
        return VisibleItems.first(
                        em,
                        Article.class,
                        in,
                        clock.now(),
                        (cb, other) -> cb.and(
                                cb.equal(other.get("category"), article.getCategory()),
                                cb.or(
                                        beyond(cb, other.get("publishedAt"), article.getPublishedAt(), older),
                                        cb.and(
                                                cb.equal(other.get("publishedAt"), article.getPublishedAt()),
                                                beyond(cb, other.get("id"), article.getId(), older)))),
                        (cb, other) -> older
                                ? newestFirst(cb, other)
                                : List.of(cb.asc(other.get("publishedAt")), cb.asc(other.get("id"))),
                        1)
                .stream()
                .findFirst();
    }

    private static <Y extends Comparable<? super Y>> Predicate beyond(
            CriteriaBuilder cb, Expression<? extends Y> value, Y than, boolean below) {
        return below ? cb.lessThan(value, than) : cb.greaterThan(value, than);
    }

    private static List<Order> newestFirst(CriteriaBuilder cb, Root<Article> article) {
        return List.of(cb.desc(article.get("publishedAt")), cb.desc(article.get("id")));
    }
}
