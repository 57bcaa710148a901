package dev.vitrine.news.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategorizedEditService;
import dev.vitrine.news.entity.Article;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;

/** News articles in the back office; listed newest first, so they have no places to move. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class ArticleEditService extends CategorizedEditService<Article> {

    public ArticleEditService() {
        super(Article.class, ItemKind.ARTICLE);
    }

    @Override
    protected List<Order> listOrder(CriteriaBuilder cb, Root<Article> root) {
        return List.of(cb.desc(root.get("publishedAt")), cb.desc(root.get("id")));
    }

    @Override
    protected Optional<String> wholeGraph() {
        return Optional.of(Article.WHOLE);
    }
}
