package dev.vitrine.moving.web;

import dev.vitrine.moving.service.MoveInReport;
import dev.vitrine.moving.service.MoveInReport.Action;
import dev.vitrine.moving.service.MoveInUpload;
import dev.vitrine.moving.service.OperatorMoveIn;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.web.OperatorAccess;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The import for the operator's scripts: {@code POST /operator/move-in} with the export (a PbootCMS database, a
 * MySQL dump, a WordPress export file, or a ZIP with one of them and the uploads folder) as the body and {@code Authorization: Bearer $VITRINE_OPERATOR_TOKEN}
 * (or a signed-in admin's session), sent as {@code Content-Type: application/zip} (or {@code application/octet-stream}):
 * not as a form, which the container would read as one. It plans (writes nothing) unless asked {@code ?run=true}; either way it
 * answers the report as text. An export it can't read is refused with 400 and the reason; anyone else gets 404.
 */
@WebServlet("/operator/move-in")
public class MoveInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient OperatorMoveIn moving;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!OperatorAccess.allows(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle words = ResourceBundle.getBundle("messages", Locale.ENGLISH);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        MoveInReport report;
        try (MoveInUpload upload = MoveInUpload.read(request.getInputStream())) {
            // From the address itself: asking for a parameter could read the body as a form.
            boolean run = ("&" + request.getQueryString() + "&").contains("&run=true&");
            report = run ? moving.run(upload.site(), upload.pictures()) : moving.plan(upload.site(), upload.pictures());
        } catch (BusinessException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().println(text(words, refused.getMessageKey(), refused.getArguments()));
            return;
        }
        PrintWriter out = response.getWriter();
        out.println(report.system() + ": "
                + (report.written() ? "imported" : "planned (nothing written; ?run=true imports)"));
        report.counts()
                .forEach((what, counts) -> out.printf(
                        "%s: %d new, %d updated, %d not brought%n",
                        what,
                        counts.getOrDefault(Action.NEW, 0),
                        counts.getOrDefault(Action.UPDATED, 0),
                        counts.getOrDefault(Action.REFUSED, 0)));
        for (MoveInReport.Line note : report.notes()) {
            out.println(note.what() + " " + note.title() + ": " + text(words, note.note(), note.detail()));
        }
        for (String left : report.leftOut()) {
            out.println("not brought: " + left);
        }
    }

    private static String text(ResourceBundle words, String key, Object... arguments) {
        return words.containsKey(key) ? new MessageFormat(words.getString(key), Locale.ENGLISH).format(arguments) : key;
    }
}
