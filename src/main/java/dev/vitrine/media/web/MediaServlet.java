package dev.vitrine.media.web;

import dev.vitrine.media.service.MediaStore;
import dev.vitrine.media.service.UnsavedUploads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves the media store at {@code /media/<path>}, always as an image, never sniffed as anything else.
 * Pictures nothing saved shows yet are served to staff only, and not kept by browsers or proxies.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MediaStore media;

    @Inject
    private UnsavedUploads unsaved;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        // Pictures only: files for download go through /download, as downloads.
        Optional<Path> file = MediaStore.contentTypeOf(path) == null ? Optional.empty() : media.find(path);
        boolean isPublic = file.isPresent() && unsaved.isPublic(path);
        if (file.isEmpty() || (!isPublic && request.getRemoteUser() == null)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(MediaStore.contentTypeOf(path));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", isPublic ? "public, max-age=86400" : "private, no-store");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }
}
