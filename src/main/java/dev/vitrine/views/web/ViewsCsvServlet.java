package dev.vitrine.views.web;

import dev.vitrine.shared.web.CsvDownload;
import dev.vitrine.shared.web.VisitorLocale;
import dev.vitrine.views.service.ViewStatsService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/** The daily view figures as a CSV download ({@code /admin/stats/views.csv}, staff only, see web.xml). */
@WebServlet("/admin/stats/views.csv")
public class ViewsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ViewStatsService stats;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CsvDownload.send(
                response,
                "vitrine-views.csv",
                stats.dailyCsv(ResourceBundle.getBundle("messages", VisitorLocale.of(request))));
    }
}
