package dev.vitrine.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /lang?to=en&back=/news}: remembers the visitor's language in a cookie for a year and sends them
 * back to the page they were on. Only paths inside this site are accepted as {@code back}.
 */
@WebServlet("/lang")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Locale> locale =
                Optional.ofNullable(request.getParameter("to")).flatMap(VisitorLocale::supported);
        if (locale.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Cookie cookie = new Cookie(VisitorLocale.COOKIE, locale.get().getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + localPath(request.getParameter("back")));
    }

    /** {@code back} if it is a path on this site, else the home page: never a redirect to elsewhere. */
    static String localPath(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return back;
    }
}
