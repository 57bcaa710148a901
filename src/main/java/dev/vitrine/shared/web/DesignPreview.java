package dev.vitrine.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Whether the public page asked for is seen by a staff member previewing the site's draft design. The mark
 * lives in the staff member's own session, set from the back office's design page: visitors have no session,
 * so they never see a draft, and pages rendered for a preview are never cached.
 */
public final class DesignPreview {

    private static final String ATTRIBUTE = "vitrine.designPreview";

    private DesignPreview() {}

    public static boolean isOn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ATTRIBUTE));
    }

    public static void start(HttpSession session) {
        session.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    public static void stop(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
