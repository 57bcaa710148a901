package dev.vitrine.cases.web;

import dev.vitrine.cases.entity.CaseStudy;
import dev.vitrine.cases.service.CaseStudyService;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.service.Localized;
import dev.vitrine.content.web.ItemLanguages;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.web.PageLanguage;
import dev.vitrine.shared.web.PublicRoutes;
import dev.vitrine.shared.web.RenderedPage;
import dev.vitrine.shared.web.Responses;
import dev.vitrine.views.entity.ViewedItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** A case study's page ({@code /cases/<slug>}); each honest view is counted. */
@Named
@RequestScoped
public class CaseStudyBacking {

    @Inject
    private CaseStudyService cases;

    @Inject
    private RenderedPage rendered;

    @Inject
    private HttpServletRequest request;

    @Inject
    private PageLanguage language;

    private CaseStudy caseStudy;
    private String views;

    /** Loads the case study; an unknown, draft or scheduled one is a 404. */
    public void load() {
        Object slug = request.getAttribute(PublicRoutes.SLUG);
        Optional<Localized<CaseStudy>> shown = PublicRoutes.isPlausibleSlug(slug)
                ? cases.findCasePage(language.in(), (String) slug)
                : Optional.empty();
        if (shown.isEmpty()) {
            Responses.notFound();
            return;
        }
        ItemLanguages.shows(language, ItemKind.CASE_STUDY, shown.get());
        caseStudy = shown.get().item();
        rendered.shows(ContentChange.item(ItemKind.CASE_STUDY.name(), caseStudy.getId()));
        views = rendered.countsViewsOf(new ViewedItem(ItemKind.CASE_STUDY, caseStudy.getId()));
    }

    public CaseStudy getCaseStudy() {
        return caseStudy;
    }

    /** Where the view count goes (each request puts its own, counting its view). */
    public String getViews() {
        return views;
    }
}
