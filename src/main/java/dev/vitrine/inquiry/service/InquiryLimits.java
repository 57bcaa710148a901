package dev.vitrine.inquiry.service;

import java.util.Optional;

/**
 * How many inquiries are stored at all: past these an inquiry is refused with a message, not stored (not
 * even as spam, which is kept 30 days). One address filled the database at 9 GB an hour with maximum-size
 * inquiries; with these bounds a day adds at most {@value #PER_DAY} inquiries of at most some 4 KB each,
 * whoever sends them. A small company's site gets a handful a day.
 */
public final class InquiryLimits {

    /** From one address in 24 hours (the first {@value SpamCheck#MAX_PER_ADDRESS_PER_HOUR} an hour are not suspect). */
    public static final int PER_ADDRESS_PER_DAY = 20;

    /** From everyone in 24 hours. */
    public static final int PER_DAY = 500;

    private InquiryLimits() {}

    /**
     * Why one more inquiry is refused, as a message key, or empty if it may be stored.
     *
     * @param fromAddress inquiries stored from its address in the last 24 hours
     * @param all inquiries stored in the last 24 hours
     */
    public static Optional<String> refusal(long fromAddress, long all) {
        if (fromAddress >= PER_ADDRESS_PER_DAY) {
            return Optional.of("inquiry.tooManyFromAddress");
        }
        if (all >= PER_DAY) {
            return Optional.of("inquiry.tooMany");
        }
        return Optional.empty();
    }
}
