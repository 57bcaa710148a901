package dev.vitrine.views.web;

import dev.vitrine.views.service.ViewStatsService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The daily view figures as a CSV download ({@code /admin/stats/views.csv}, staff only, see web.xml). */
@WebServlet("/admin/stats/views.csv")
public class ViewsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ViewStatsService stats;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv = stats.dailyCsv().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"vitrine-views.csv\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // A byte order mark, so that spreadsheet programs read the Chinese names as UTF-8.
        response.getOutputStream().write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        response.getOutputStream().write(csv);
    }
}
