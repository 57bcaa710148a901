package dev.vitrine.cases.web;

import dev.vitrine.cases.service.CaseStudyService;
import dev.vitrine.content.entity.Category;
import dev.vitrine.content.entity.ItemCard;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.web.ItemListBacking;
import dev.vitrine.shared.PageResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The case studies ({@code /cases?category=<slug>&page=<n>}), newest first, as pictures in a grid. */
@Named
@RequestScoped
public class CaseStudyListBacking extends ItemListBacking {

    static final int PAGE_SIZE = 12;

    @Inject
    private CaseStudyService cases;

    @Override
    protected ItemKind categoryKind() {
        return ItemKind.CASE_STUDY;
    }

    @Override
    protected PageResult<ItemCard> list(Category category, int page) {
        return cases.listVisibleCases(language.in(), category, page, PAGE_SIZE);
    }
}
