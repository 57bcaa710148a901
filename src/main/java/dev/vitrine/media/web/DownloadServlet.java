package dev.vitrine.media.web;

import dev.vitrine.media.service.FileUpload;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.media.service.UnsavedUploads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files attached to items, at {@code /download/files/<yyyymm>/<random>.<ext>?name=<name>}: always a
 * download ({@code Content-Disposition: attachment}), never shown or run in the browser, typed by what its
 * content proved at upload, saved under the given name with that type's extension. Files nothing saved
 * shows yet go to staff only.
 */
@WebServlet("/download/*")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MediaStore media;

    @Inject
    private UnsavedUploads unsaved;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String extension = path.substring(path.lastIndexOf('.') + 1);
        Optional<Path> file = path.startsWith("files/") ? media.find(path) : Optional.empty();
        boolean isPublic = file.isPresent() && unsaved.isPublic(path);
        if (file.isEmpty() || (!isPublic && request.getRemoteUser() == null)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(FileUpload.CONTENT_TYPES.get(extension));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"download." + extension
                        + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(savedName(request.getParameter("name"), extension), StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setHeader("Cache-Control", isPublic ? "public, max-age=86400" : "private, no-store");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }

    /** The name to save under: the one given, without folders or control characters, with the file's own extension. */
    static String savedName(String given, String extension) {
        String name =
                given == null ? "" : given.replaceAll("[\\p{Cntrl}/\\\\]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).strip();
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return (base.isEmpty() ? "download" : base) + "." + extension;
    }
}
