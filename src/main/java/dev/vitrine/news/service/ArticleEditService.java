package dev.vitrine.news.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.audit.service.AuditService;
import dev.vitrine.catalog.entity.Category;
import dev.vitrine.news.entity.Article;
import dev.vitrine.shared.DuplicateSlugException;
import dev.vitrine.shared.NotFoundException;
import dev.vitrine.shared.PageResult;
import dev.vitrine.shared.Paging;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.Slugs;
import dev.vitrine.shared.StaleEntityException;
import dev.vitrine.shared.text.RichText;
import dev.vitrine.views.entity.ViewedItem;
import dev.vitrine.views.service.ViewCountService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

/** News articles in the back office: drafts, publishing and scheduling, the recycle bin; all audited. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class ArticleEditService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private AuditService audit;
    @Inject
    private ShopClock clock;
    @Inject
    private ViewCountService viewCounts;

    /** One page of articles, newest first, in the recycle bin or not, optionally of a category and a search. */
    public PageResult<Article> list(boolean inBin, Category category, String search, int page, int pageSize) {
        String where = " FROM Article a JOIN a.category c WHERE a.deletedAt IS " + (inBin ? "NOT NULL" : "NULL")
                + (category == null ? "" : " AND c = :category")
                + (search == null || search.isBlank() ? "" : " AND (LOWER(a.title) LIKE :search OR a.slug LIKE :search)");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + where, Long.class);
        TypedQuery<Article> list = em.createQuery("SELECT a" + where
                + " ORDER BY a.publishedAt DESC, a.id DESC", Article.class);
        for (TypedQuery<?> query : List.of(count, list)) {
            if (category != null) {
                query.setParameter("category", category);
            }
            if (search != null && !search.isBlank()) {
                query.setParameter("search", "%" + search.trim().toLowerCase(Locale.ROOT) + "%");
            }
        }
        long total = count.getSingleResult();
        List<Article> articles = list.setFirstResult(Paging.firstResult(page, pageSize)).setMaxResults(pageSize)
                .getResultList();
        // The list page shows each one's category after the transaction, when a lazy one can't load any more.
        articles.forEach(item -> item.getCategory().getName());
        return new PageResult<>(articles, page, pageSize, total);
    }

    /** An article with its category loaded: the edit and preview pages show it after the transaction. */
    public Article get(long id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw new NotFoundException();
        }
        article.getCategory().getName();
        return article;
    }

    /** Saves a new article, or an edited one if nobody changed it meanwhile. */
    public Article save(Article article) {
        if (article.getSlug() == null || article.getSlug().isBlank()) {
            String fromTitle = Slugs.fromTitle(article.getTitle());
            article.setSlug(fromTitle.isEmpty() ? "news-" + Long.toString(System.currentTimeMillis(), 36) : fromTitle);
        }
        List<Long> owners = em.createQuery("SELECT a.id FROM Article a WHERE a.slug = :slug", Long.class)
                .setParameter("slug", article.getSlug())
                .getResultList();
        if (owners.stream().anyMatch(owner -> !owner.equals(article.getId()))) {
            throw new DuplicateSlugException();
        }
        article.setBody(RichText.sanitize(article.getBody()));
        String action = article.isNew() ? "CREATE" : "UPDATE"; // a persisted one is no longer new
        try {
            Article saved;
            if (article.isNew()) {
                em.persist(article);
                em.flush();
                viewCounts.startCounter(ViewedItem.article(article.getId()));
                saved = article;
            } else {
                saved = em.merge(article);
                em.flush();
            }
            audit.record(action, "ARTICLE", saved.getId(),
                    saved.getTitle() + " [" + saved.getStatus() + "]");
            return saved;
        } catch (OptimisticLockException e) {
            throw new StaleEntityException();
        }
    }

    public void moveToBin(long id) {
        Article article = get(id);
        article.moveToBin(clock.now());
        audit.record("DELETE", "ARTICLE", id, article.getTitle());
    }

    public void restore(long id) {
        Article article = get(id);
        article.restore();
        audit.record("RESTORE", "ARTICLE", id, article.getTitle());
    }

    /** Deletes an article in the recycle bin for good, with its view counts. */
    public void deleteForever(long id) {
        Article article = get(id);
        if (!article.isDeleted()) {
            throw new NotFoundException();
        }
        viewCounts.deleteCounts(ViewedItem.article(id));
        em.remove(article);
        audit.record("PURGE", "ARTICLE", id, article.getTitle());
    }
}
