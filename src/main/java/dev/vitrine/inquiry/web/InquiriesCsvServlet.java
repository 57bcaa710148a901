package dev.vitrine.inquiry.web;

import dev.vitrine.inquiry.service.InquiryService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The inquiries (spam left out) as a CSV download ({@code /admin/inquiries/inquiries.csv}, staff only). */
@WebServlet("/admin/inquiries/inquiries.csv")
public class InquiriesCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private InquiryService inquiries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv = inquiries.csv().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"vitrine-inquiries.csv\"");
        response.setHeader("Cache-Control", "no-store");
        // A byte order mark, so that spreadsheet programs read the Chinese as UTF-8.
        response.getOutputStream().write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        response.getOutputStream().write(csv);
    }
}
