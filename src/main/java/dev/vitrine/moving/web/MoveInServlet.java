package dev.vitrine.moving.web;

import dev.vitrine.moving.service.MoveInProgress;
import dev.vitrine.moving.service.MoveInReport;
import dev.vitrine.moving.service.MoveInReport.Action;
import dev.vitrine.moving.service.MoveInUpload;
import dev.vitrine.moving.service.OldSiteDatabase;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The import for the operator's scripts: {@code POST /operator/move-in} with the export (a PbootCMS database, a
 * MySQL dump, a WordPress export file, or a ZIP with one of them and the uploads folder) as the body and
 * {@code Authorization: Bearer $VITRINE_OPERATOR_TOKEN} (or a signed-in admin's session), sent as
 * {@code Content-Type: application/zip} (or {@code application/octet-stream}); or, with the token only, a form that
 * says where the old site's MySQL database is ({@code host}, {@code port}, {@code database}, {@code user},
 * {@code password}). It plans (writes nothing) unless asked {@code ?run=true}; with {@code fetch=true} it fetches
 * the pictures the ZIP lacks from the old site. Either way it answers the report as text, after a line every few
 * seconds on how far a long import has come. An export it can't read is refused with 400 and the reason; anyone
 * else gets 404.
 */
@WebServlet("/operator/move-in")
public class MoveInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int SAY_EVERY_SECONDS = 5;

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
        PrintWriter out = response.getWriter(); // lines end in \n on every server (println is \r\n on WildFly's)
        MoveInReport report;
        try (MoveInUpload upload = read(request)) {
            // From the address itself: asking for a parameter could read the body as a form.
            String query = "&" + request.getQueryString() + "&";
            boolean fetch = query.contains("&fetch=true&");
            report = query.contains("&run=true&")
                    ? runSayingHowFar(upload, fetch, out)
                    : moving.plan(upload.site(), upload.pictures(fetch));
        } catch (BusinessException refused) {
            if (!response.isCommitted()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            out.print("not imported: " + text(words, refused.getMessageKey(), refused.getArguments()) + "\n");
            return;
        } catch (RuntimeException failed) {
            if (!response.isCommitted()) {
                throw failed; // the server's own error answer
            }
            out.print("not imported: " + failed + "\n"); // after a progress line the answer is 200: its last line says
            return;
        }
        out.print(report.system() + ": "
                + (report.written() ? "imported" : "planned (nothing written; ?run=true imports)")
                + "\n");
        report.counts()
                .forEach((what, counts) -> out.printf(
                        "%s: %d new, %d updated, %d not brought\n",
                        what,
                        counts.getOrDefault(Action.NEW, 0),
                        counts.getOrDefault(Action.UPDATED, 0),
                        counts.getOrDefault(Action.REFUSED, 0)));
        for (MoveInReport.Line note : report.notes()) {
            out.print(note.what() + " " + note.title() + ": " + text(words, note.note(), note.detail()) + "\n");
        }
        for (String left : report.leftOut()) {
            out.print("not brought: " + left + "\n");
        }
    }

    /**
     * The export in the body; or, sent as a form, where the old site's database is (host, port, database, user,
     * password). The form only with the operator's token, which may have this server connect to any host: an admin
     * has the import page, which connects only where staff may (and a form, unlike the export's body, a page of
     * another site could post with the admin's session).
     */
    private static MoveInUpload read(HttpServletRequest request) throws IOException {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            return MoveInUpload.read(request.getInputStream());
        }
        if (!OperatorAccess.isOperator(request)) {
            throw new BusinessException("moving.database.operatorOnly");
        }
        Integer port;
        try {
            port = request.getParameter("port") == null
                    ? null
                    : Integer.valueOf(request.getParameter("port").strip());
        } catch (NumberFormatException e) {
            throw new BusinessException("moving.database.port", request.getParameter("port"));
        }
        OldSiteDatabase database = new OldSiteDatabase(
                request.getParameter("host"),
                port,
                request.getParameter("database"),
                request.getParameter("user"),
                request.getParameter("password"));
        return MoveInUpload.read(database);
    }

    /**
     * Runs the import, writing a line every few seconds on how far it has come until it is saved: the script sees it
     * going, and a proxy between (nginx waits 60 s for a word) keeps the connection open. Once a line is sent the
     * answer is 200: a failure after it is said in its last line.
     */
    private MoveInReport runSayingHowFar(MoveInUpload upload, boolean fetch, PrintWriter out) {
        MoveInProgress progress = new MoveInProgress();
        Future<MoveInReport> running = moving.runInBackground(upload, fetch, progress);
        while (true) {
            try {
                return running.get(SAY_EVERY_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException stillGoing) {
                out.printf("%d of %d done\n", progress.getDone(), progress.getTotal());
                out.flush();
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof RuntimeException cause
                        ? cause
                        : new IllegalStateException(failed.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the import runs on", e);
            }
        }
    }

    private static String text(ResourceBundle words, String key, Object... arguments) {
        return words.containsKey(key) ? new MessageFormat(words.getString(key), Locale.ENGLISH).format(arguments) : key;
    }
}
