package dev.vitrine.inquiry.web;

import dev.vitrine.inquiry.service.InquiryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The number of new inquiries beside the inbox in the back office's menu. */
@Named
@RequestScoped
public class InquiryBadge {

    @Inject
    private InquiryService inquiries;

    private Long newCount;

    public long getNewCount() {
        if (newCount == null) {
            newCount = inquiries.countNew();
        }
        return newCount;
    }
}
