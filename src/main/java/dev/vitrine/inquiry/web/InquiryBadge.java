package dev.vitrine.inquiry.web;

import dev.vitrine.inquiry.service.InquiryInboxService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/** The numbers of new inquiries and of suspected spam beside the inbox in the back office's menu and on the dashboard. */
@Named
@RequestScoped
public class InquiryBadge {

    private static final Logger LOG = Logger.getLogger(InquiryBadge.class.getName());

    @Inject
    private InquiryInboxService inquiries;

    private Long newCount;
    private Long spamCount;

    /** How many inquiries are new (see {@link #orNone}). */
    public long getNewCount() {
        if (newCount == null) {
            newCount = orNone(inquiries::countNew);
        }
        return newCount;
    }

    /** How many inquiries wait in the spam folder (see {@link #orNone}). */
    public long getSpamCount() {
        if (spamCount == null) {
            spamCount = orNone(inquiries::countSpam);
        }
        return spamCount;
    }

    /**
     * The count, or 0 where it can't be read. On an error page under /admin (a 404), Payara 7 can't check roles
     * for the error dispatch and refuses the call: the page must still render, without the count (see also
     * {@code SignOutBacking.isAdmin}).
     */
    private static long orNone(LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (RuntimeException refused) {
            LOG.fine(() -> "No inquiry count on this page: " + refused);
            return 0;
        }
    }
}
