package dev.vitrine.cases.web;

import dev.vitrine.cases.entity.CaseStudy;
import dev.vitrine.cases.service.CaseStudyEditService;
import dev.vitrine.content.service.ItemEditService;
import dev.vitrine.content.web.ItemPreviewBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The preview of a case study ({@code /admin/cases/preview?id=<id>}). */
@Named
@RequestScoped
public class CaseStudyPreviewBacking extends ItemPreviewBacking<CaseStudy> {

    @Inject
    private CaseStudyEditService service;

    @Override
    protected ItemEditService<CaseStudy> service() {
        return service;
    }
}
