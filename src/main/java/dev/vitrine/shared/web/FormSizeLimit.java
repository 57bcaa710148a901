package dev.vitrine.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses a plain form ({@code application/x-www-form-urlencoded}) larger than the container will read,
 * with {@code 413 Content Too Large}, before anything asks for its fields: the container would fail on it
 * and the visitor see a 500. No form of the site comes near the limit (the longest, an article, is text);
 * pictures come as multipart uploads, which have their own limits. A form of unknown length (sent chunked)
 * can't be checked before the container reads it, so it is refused too: browsers always send a form's
 * length. The answer is written here, not by an error page: an error page would read the form's fields and
 * fail the same way.
 */
// Mapped in web.xml after SecurityHeaders, so the refusal carries the headers too.
public class FormSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The container's own limit on a form it reads (Payara and GlassFish: 2 MB). */
    static final long MAX_FORM_BYTES = 2 * 1024 * 1024;

    /**
     * How much of a refused body is read and dropped before the answer, so that a client still sending it
     * reads the 413 instead of a reset connection (Tomcat swallows 2 MB so); a larger one is cut off.
     */
    static final long MAX_SWALLOWED_BYTES = 8 * 1024 * 1024;

    private static final String PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
            + "<title>提交的内容过大 · Too much sent</title></head><body>"
            + "<h1>提交的内容过大</h1><p>提交的内容超出了本站接受的大小，请精简后重试。</p>"
            + "<h1 lang=\"en\">Too much sent</h1><p lang=\"en\">What was sent is larger than this site takes."
            + " Please send less and try again.</p><p><a href=\"/\">首页 · Home</a></p></body></html>";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean sendsABody =
                !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD");
        if (sendsABody && isTooLarge(request.getContentType(), request.getContentLengthLong())) {
            swallowBody(request);
            byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
            response.setStatus(413);
            response.setHeader("Connection", "close"); // what is left of the body is not worth reading
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void swallowBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_SWALLOWED_BYTES) {
            return;
        }
        InputStream body = request.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long left = MAX_SWALLOWED_BYTES;
        int read;
        while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= read;
        }
    }

    static boolean isTooLarge(String contentType, long contentLength) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && (contentLength > MAX_FORM_BYTES || contentLength < 0);
    }
}
