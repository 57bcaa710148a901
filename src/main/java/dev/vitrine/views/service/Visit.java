package dev.vitrine.views.service;

import dev.vitrine.views.entity.DropReason;

/**
 * One request for a product or article page, as far as counting cares.
 *
 * @param method the HTTP method; only GET is a view
 * @param address the visitor's address (behind a trusted proxy, the one it forwarded)
 * @param userAgent the {@code User-Agent} header, may be null
 * @param staff whether a signed-in staff member made the request
 */
public record Visit(String method, String address, String userAgent, boolean staff) {

    /** Why the request does not count, or {@code null} if it may (repeats are judged later). */
    DropReason dropReason() {
        if (staff) {
            return DropReason.STAFF;
        }
        if (BotDetector.isBot(userAgent)) {
            return DropReason.BOT;
        }
        return null;
    }

    boolean isView() {
        return "GET".equals(method);
    }
}
