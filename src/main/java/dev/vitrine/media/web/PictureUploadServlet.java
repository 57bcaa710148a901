package dev.vitrine.media.web;

import dev.vitrine.media.service.ImageUpload;
import dev.vitrine.media.service.MediaStore;
import dev.vitrine.media.service.RemotePictures;
import dev.vitrine.shared.BusinessException;
import dev.vitrine.shared.web.VisitorLocale;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Pictures for rich text, uploaded by the editor as soon as they are chosen, pasted or dropped
 * ({@code POST /admin/media/upload}, a multipart field {@code file}), or fetched by the server from the
 * address of a picture pasted from another site (a field {@code url}, {@link RemotePictures}). Staff only (web.xml guards
 * {@code /admin/*}) and only from this site's own pages. The same checks as every upload; the answer is
 * JSON: the picture's address, or why it was refused, in the staff member's language.
 */
@WebServlet("/admin/media/upload")
@MultipartConfig(maxFileSize = 20L * 1024 * 1024, maxRequestSize = 21L * 1024 * 1024)
public class PictureUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MediaStore media;

    private final RemotePictures remote = new RemotePictures();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String url =
                request.getContentType() != null && request.getContentType().startsWith("multipart/")
                        ? null
                        : request.getParameter("url");
        if (url != null) {
            fetch(request, response, url);
            return;
        }
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException overLimit) {
            refuse(request, response, new BusinessException("upload.tooLarge"), "");
            return;
        }
        String name = file == null ? "" : displayName(file.getSubmittedFileName());
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            String path = media.storeUpload("content", in.readNBytes(ImageUpload.MAX_BYTES + 1));
            answer(response, HttpServletResponse.SC_OK, "url", request.getContextPath() + "/media/" + path);
        } catch (BusinessException refused) {
            refuse(request, response, refused, name);
        }
    }

    /** Stores a picture from another site as our own, or says why it can't be. */
    private void fetch(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        try {
            String path = media.storeUpload("content", remote.fetch(url));
            answer(response, HttpServletResponse.SC_OK, "url", request.getContextPath() + "/media/" + path);
        } catch (BusinessException refused) {
            refuse(request, response, refused, displayName(url.replaceAll("[?#].*$", "")));
        }
    }

    /** Says why a picture was refused, naming the file, in the staff member's language. */
    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, BusinessException refused, String name)
            throws IOException {
        ResourceBundle messages = ResourceBundle.getBundle("messages", VisitorLocale.of(request));
        String text = new MessageFormat(messages.getString(refused.getMessageKey())).format(new Object[] {name});
        answer(response, HttpServletResponse.SC_BAD_REQUEST, "error", text);
    }

    /** A file name fit to show back: its last part, at most 80 characters. */
    static String displayName(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return "";
        }
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        return name.length() > 80 ? name.substring(0, 80) + "…" : name;
    }

    private static void answer(HttpServletResponse response, int status, String field, String value)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Json.createWriter(response.getWriter())
                .writeObject(Json.createObjectBuilder().add(field, value).build());
    }
}
