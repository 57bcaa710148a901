package dev.vitrine.cases.web;

import dev.vitrine.cases.entity.CaseStudy;
import dev.vitrine.cases.service.CaseStudyEditService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.CategorizedEditService;
import dev.vitrine.content.web.CategorizedTableBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The back office's table of case studies ({@code /admin/cases/list}), newest first. */
@Named
@ViewScoped
public class CaseStudyTableBacking extends CategorizedTableBacking<CaseStudy> {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseStudyEditService cases;

    @Override
    protected CategorizedEditService<CaseStudy> service() {
        return cases;
    }

    @Override
    protected ItemKind categoryKind() {
        return ItemKind.CASE_STUDY;
    }

    /** Case studies are ordered by their publish time, not by hand. */
    @Override
    public boolean isMovable() {
        return false;
    }
}
