package dev.vitrine.site.web;

import dev.vitrine.shared.web.Assets;
import dev.vitrine.shared.web.DesignPreview;
import dev.vitrine.site.entity.SiteSettings;
import dev.vitrine.site.service.SiteService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The public pages' one stylesheet ({@code /theme.css?v=<version>}): {@code site.css} followed by the site's
 * own colours and fonts from its settings. A stylesheet of this site, as the Content-Security-Policy allows
 * (no inline styles), and one request, not two. Its address changes with either part ({@link #version}),
 * so browsers may keep it for a year.
 */
@WebServlet("/theme.css")
public class ThemeCssServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The stylesheet last made, kept until its version changes. */
    private record Made(String version, byte[] bytes, byte[] gzipped) {}

    @Inject
    private SiteService site;

    @Inject
    private Assets assets;

    /** The parameter asking for the draft design's stylesheet, for a staff member previewing it. */
    static final String DRAFT = "draft";

    private volatile Made made;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean preview = request.getParameter(DRAFT) != null && DesignPreview.isOn(request);
        SiteSettings settings = preview ? site.getSettingsAsStored() : site.getSettings();
        boolean draft = preview && settings.getDraft() != null;
        if (draft) {
            settings = settings.withDesign(settings.getDraft());
        }
        String version = version(assets, settings);
        Made shown = made;
        if (shown == null || !shown.version().equals(version)) {
            byte[] bytes = (new String(assets.content("site.css"), StandardCharsets.UTF_8) + "\n" + overrides(settings))
                    .getBytes(StandardCharsets.UTF_8);
            shown = new Made(version, bytes, Assets.gzip(bytes));
            if (!draft) {
                made = shown;
            }
        }
        boolean gzip = String.valueOf(request.getHeader("Accept-Encoding")).contains("gzip");
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader(
                "Cache-Control",
                draft
                        ? "private, no-store"
                        : version.equals(request.getParameter("v"))
                                ? "public, max-age=31536000, immutable"
                                : "no-cache");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        byte[] body = gzip ? shown.gzipped() : shown.bytes();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The site's colours, and its fonts when they are not the default ones. */
    static String overrides(SiteSettings settings) {
        String fonts = settings.getFont() == SiteSettings.FontStack.SERIF
                ? "body { font-family: \"Songti SC\", \"SimSun\", \"Noto Serif CJK SC\", Georgia, \"Times New Roman\", serif; }\n"
                : "";
        return ":root { --brand: " + settings.getBrandColour() + "; --accent: " + settings.getAccentColour()
                + "; --logo-height: " + settings.getLogoHeight() + "px; }\n" + fonts;
    }

    /** What the stylesheet's address carries: it changes whenever the stylesheet does. */
    static String version(Assets assets, SiteSettings settings) {
        return assets.fingerprintOf("site.css") + "-"
                + Integer.toHexString(overrides(settings).hashCode());
    }
}
