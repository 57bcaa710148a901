package dev.vitrine.inquiry.web;

import dev.vitrine.inquiry.service.InquiryExportService;
import dev.vitrine.shared.web.CsvDownload;
import dev.vitrine.shared.web.VisitorLocale;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/** The inquiries (spam left out) as a CSV download ({@code /admin/inquiries/inquiries.csv}, staff only). */
@WebServlet("/admin/inquiries/inquiries.csv")
public class InquiriesCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private InquiryExportService inquiries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CsvDownload.send(
                response,
                "vitrine-inquiries.csv",
                inquiries.csv(ResourceBundle.getBundle("messages", VisitorLocale.of(request))));
    }
}
