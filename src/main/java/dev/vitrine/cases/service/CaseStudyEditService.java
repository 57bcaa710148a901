package dev.vitrine.cases.service;

import dev.vitrine.account.entity.Role;
import dev.vitrine.cases.entity.CaseStudy;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategorizedEditService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;

/** Case studies in the back office; listed newest first, so they have no places to move. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class CaseStudyEditService extends CategorizedEditService<CaseStudy> {

    public CaseStudyEditService() {
        super(CaseStudy.class, ItemKind.CASE_STUDY);
    }

    @Override
    protected List<Order> listOrder(CriteriaBuilder cb, Root<CaseStudy> root) {
        return CaseStudyService.newestFirst(cb, root);
    }

    @Override
    protected Optional<String> wholeGraph() {
        return Optional.of(CaseStudy.WHOLE);
    }
}
