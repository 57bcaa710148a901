package dev.vitrine.media.web;

import dev.vitrine.media.service.MediaStore;
import dev.vitrine.media.service.ShownPictures;
import dev.vitrine.media.service.UnsavedUploads;
import dev.vitrine.media.service.Watermark;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.SiteService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Serves the media store at {@code /media/<path>}, always as an image, never sniffed as anything else.
 * Pictures nothing saved shows yet are served to staff only, and not kept by browsers or proxies. A page
 * may ask for a smaller width ({@code ?w=480}); with a watermark set, pictures are served watermarked
 * ({@link ShownPictures}).
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MediaStore media;

    @Inject
    private UnsavedUploads unsaved;

    @Inject
    private ShownPictures pictures;

    @Inject
    private SiteService site;

    private static final Duration FRESH = Duration.ofSeconds(5);
    private volatile Watermark current;
    private volatile long readAt = System.nanoTime() - FRESH.toNanos() - 1;

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
        Path shown = isPublic
                ? pictures.shown(path, file.get(), width(request), watermark(), logo())
                        .orElse(file.get())
                : file.get();
        response.setContentType(MediaStore.contentTypeOf(path));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", isPublic ? "public, max-age=86400" : "private, no-store");
        response.setContentLengthLong(Files.size(shown));
        Files.copy(shown, response.getOutputStream());
    }

    /** The width asked for ({@code ?w=480}), if it is one pages offer; else 0, as stored. */
    private static int width(HttpServletRequest request) {
        String asked = request.getParameter("w");
        return ShownPictures.WIDTHS.stream()
                .filter(width -> width.toString().equals(asked))
                .findFirst()
                .orElse(0);
    }

    /** The site's watermark, read again at most every {@code FRESH} (a change shows within seconds). */
    private Watermark watermark() {
        long now = System.nanoTime();
        if (now - readAt > FRESH.toNanos()) {
            SiteSettings settings = site.getSettings();
            boolean logo = settings.isWatermarkLogo() && settings.getLogoPath() != null;
            current = logo || settings.getWatermarkText() != null
                    ? new Watermark(
                            settings.getWatermarkText(),
                            logo ? settings.getLogoPath() : null,
                            settings.getWatermarkPosition().name(),
                            settings.getWatermarkOpacity())
                    : null;
            readAt = now;
        }
        return current;
    }

    private Optional<Path> logo() {
        Watermark mark = current;
        return mark == null || mark.logo() == null ? Optional.empty() : media.find(mark.logo());
    }
}
