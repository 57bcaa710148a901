package dev.vitrine.cases.service;

import dev.vitrine.cases.entity.CaseStudy;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.content.service.VisibleItems;
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
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;

/** Case studies as the public sees them (see {@link VisibleItems}), newest first. */
@Stateless
@PermitAll
// Only reads: no transaction to begin and end for every call.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CaseStudyService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShopClock clock;

    /** What a case study's page shows in a language; none for an unknown, draft or scheduled one. */
    public Optional<Localized<CaseStudy>> findCasePage(InLanguage in, String slug) {
        return VisibleItems.localized(
                em,
                ItemKind.CASE_STUDY,
                in,
                slug,
                chinese -> VisibleItems.find(em, CaseStudy.class, chinese, clock.now(), CaseStudy.WHOLE));
    }

    /** One page of visible case studies of a category and those below it, or (with {@code null}) of all. */
    public PageResult<ItemCard> listVisibleCases(InLanguage in, Category category, int page, int pageSize) {
        return VisibleItems.page(
                em,
                CaseStudy.class,
                in,
                clock.now(),
                (cb, item) -> VisibleItems.inCategory(em, cb, item, category),
                CaseStudyService::newestFirst,
                page,
                pageSize);
    }

    /** Newest first, by publish time, as news is (the job's own date is shown, not sorted by: it may be unknown). */
    static List<Order> newestFirst(CriteriaBuilder cb, Root<CaseStudy> item) {
        return List.of(cb.desc(item.get("publishedAt")), cb.desc(item.get("id")));
    }
}
