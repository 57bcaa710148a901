package dev.vitrine.cases.web;

import dev.vitrine.cases.entity.CaseStudy;
import dev.vitrine.cases.service.CaseStudyService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.content.web.ItemPageBacking;
import dev.vitrine.shared.InLanguage;
import dev.vitrine.views.entity.ViewedItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** A case study's page ({@code /cases/<slug>}); each honest view is counted. */
@Named
@RequestScoped
public class CaseStudyBacking extends ItemPageBacking<CaseStudy> {

    @Inject
    private CaseStudyService cases;

    @Override
    protected ItemKind kind() {
        return ItemKind.CASE_STUDY;
    }

    @Override
    protected Optional<Localized<CaseStudy>> find(InLanguage in, String slug) {
        return cases.findCasePage(in, slug);
    }

    @Override
    protected Object counted(CaseStudy shown) {
        return new ViewedItem(ItemKind.CASE_STUDY, shown.getId());
    }
}
