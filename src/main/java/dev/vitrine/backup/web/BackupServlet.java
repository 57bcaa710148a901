package dev.vitrine.backup.web;

import dev.vitrine.account.entity.Role;
import dev.vitrine.backup.service.BackupService;
import dev.vitrine.shared.web.ClientAddress;
import dev.vitrine.shared.web.OperatorAccess;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * The site's backup as one ZIP ({@code docs/backup-format.md}), for a signed-in admin (the back office's backup
 * page links here) and for the operator's scripts ({@code Authorization: Bearer $VITRINE_OPERATOR_TOKEN}).
 * Anyone else gets 404, as if there were nothing here; a second export while one runs gets 503 with
 * {@code Retry-After}.
 */
@WebServlet("/operator/backup")
public class BackupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A whole export takes seconds to minutes: ask again after one. */
    private static final String RETRY_AFTER_SECONDS = "60";

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Inject
    private transient BackupService backups;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!OperatorAccess.allows(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String by = (request.isUserInRole(Role.ADMIN_NAME) ? "signed-in admin" : "operator token") + " from "
                + ClientAddress.of(request);
        response.setContentType("application/zip");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"vitrine-backup-"
                        + LocalDateTime.now(ZoneOffset.UTC).format(FILE_TIME) + ".zip\"");
        try {
            backups.export(response.getOutputStream(), vitrineVersion(), by);
        } catch (BackupService.Busy busy) {
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().println(busy.getMessage());
        } catch (SQLException e) {
            // The bytes so far were sent: the archive ends without its manifest, which a restore refuses.
            throw new IOException("The backup could not be read from the database: " + e.getMessage(), e);
        }
    }

    /** The version in the WAR's Maven descriptor, for the manifest. */
    private String vitrineVersion() {
        try (InputStream in =
                getServletContext().getResourceAsStream("/META-INF/maven/dev.vitrine/vitrine/pom.properties")) {
            if (in != null) {
                Properties pom = new Properties();
                pom.load(in);
                return pom.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // Then unknown.
        }
        return "unknown";
    }
}
