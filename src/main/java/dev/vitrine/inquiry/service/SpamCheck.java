package dev.vitrine.inquiry.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signs that an inquiry was sent by a program, not a person, without asking the person to solve
 * anything. Each sign is a reason kept with the inquiry in the spam folder, so staff see why and can take
 * a false positive back.
 */
public final class SpamCheck {

    /** Faster than a person types a name, a contact and a message. */
    static final Duration MIN_FILL_TIME = Duration.ofSeconds(3);

    static final int MAX_LINKS = 2;
    /** Inquiries from one address in an hour, past which more are suspect ({@link InquiryIntakeService}). */
    public static final int MAX_PER_ADDRESS_PER_HOUR = 5;

    private static final Pattern LINK = Pattern.compile("https?://|www\\.|\\[url", Pattern.CASE_INSENSITIVE);

    private SpamCheck() {}

    /**
     * The reasons to suspect an inquiry, empty if none (a form sent fast, and nothing else, is not suspect).
     *
     * @param honeypot the hidden field people don't see and programs fill in
     * @param formAge how long since the form was handed out, empty if its token isn't ours
     * @param text everything the sender wrote
     */
    public static List<String> reasons(String honeypot, Optional<Duration> formAge, String text) {
        List<String> reasons = new ArrayList<>();
        if (honeypot != null && !honeypot.isBlank()) {
            reasons.add("honeypot");
        }
        if (formAge.isEmpty()) {
            reasons.add("unsignedForm");
        } else if (formAge.get().compareTo(MIN_FILL_TIME) < 0) {
            reasons.add("tooFast");
        }
        if (links(text) > MAX_LINKS) {
            reasons.add("links");
        }
        // Speed alone is no reason: every inquiry leaves a phone number or an e-mail address, and a customer in a
        // hurry ("急！请马上回电") types fast. With another sign it adds to the case.
        return reasons.equals(List.of("tooFast")) ? List.of() : reasons;
    }

    static int links(String text) {
        if (text == null) {
            return 0;
        }
        Matcher link = LINK.matcher(text.toLowerCase(Locale.ROOT));
        int count = 0;
        while (link.find()) {
            count++;
        }
        return count;
    }
}
