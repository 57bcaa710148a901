package dev.vitrine.cases.web;

import dev.vitrine.cases.entity.CaseStudy;
import dev.vitrine.cases.service.CaseStudyEditService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.content.web.CategorizedEditBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writing or editing a case study ({@code /admin/cases/edit?id=<id>}). */
@Named
@ViewScoped
public class CaseStudyEditBacking extends CategorizedEditBacking<CaseStudy> {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseStudyEditService cases;

    @Override
    protected ItemEditService<CaseStudy> service() {
        return cases;
    }

    @Override
    protected CaseStudy newItem() {
        return new CaseStudy(null, "", "");
    }

    @Override
    protected ItemKind categoryKind() {
        return ItemKind.CASE_STUDY;
    }
}
