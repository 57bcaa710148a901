package dev.vitrine.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /lang?to=en&back=/admin/dashboard}: remembers the back office's language in a cookie for a year and sends them
 * back to the page they were on. Only paths inside this site are accepted as {@code back}.
 */
@WebServlet("/lang")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Locale> locale =
                Optional.ofNullable(request.getParameter("to")).flatMap(VisitorLocale::supported);
        if (locale.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.addCookie(VisitorLocale.forAYear(
                request, VisitorLocale.COOKIE, locale.get().getLanguage()));
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
