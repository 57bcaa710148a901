package dev.vitrine.shared.web;

import dev.vitrine.shared.Language;
import dev.vitrine.shared.Slugs;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public site's clean URLs: {@code /products/<slug>} rather than {@code /products/product.xhtml?id=3},
 * in Chinese at the root and in each other language the site shows under its prefix ({@link Language}); a
 * language the site doesn't show has no addresses. Each public URL forwards to
 * exactly one view; {@code .xhtml} URLs, and anything that tries to climb out of
 * the web root, answer 404, so every page has one address.
 */
// Mapped in web.xml, after SecurityHeaders.
public class PublicRoutes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute that carries the slug of {@code /products/<slug>}, {@code /news/<slug>} and {@code /pages/<slug>}. */
    public static final String SLUG = "vitrine.slug";

    /** The parameter that tells a page it was reached from one with no version in its language. */
    public static final String UNTRANSLATED = "untranslated";

    /** The request attribute that carries the {@link Language} of a public page, which its address gives. */
    public static final String LANGUAGE = "vitrine.language";

    /**
     * The public views live under WEB-INF: only a forward from here reaches them, and no folder in the web
     * root shadows a route (the container would redirect {@code /products} to a folder {@code /products/}).
     */
    private static final String VIEWS = "/WEB-INF/views/";

    /** {@code /index.html} is the home page's welcome file (see web.xml), so it is the home page too. */
    private static final Map<String, String> PAGES = Map.of(
            "/", VIEWS + "index.xhtml",
            "/index.html", VIEWS + "index.xhtml",
            "/contact", VIEWS + "contact.xhtml",
            "/search", VIEWS + "search.xhtml");

    /**
     * The public folders of the kinds of item ({@code /products}, {@code /products/<slug>}), given by the
     * content's registry of kinds, which this package may not name.
     */
    public interface Folders {

        /** The view of the list at {@code /<folder>}, if the folder has one. */
        Optional<String> listView(String folder);

        /** The view of an item at {@code /<folder>/<slug>}, if the folder has items. */
        Optional<String> itemView(String folder);
    }

    /**
     * The addresses of a site this one replaced ({@code /?p=15}, {@code /a/news/2024/0312/15.html}), kept by an
     * import, which this package may not name: each answers a permanent redirect to the page it became.
     */
    public interface OldAddresses {

        /** The address the page at {@code pathAndQuery} of the old site has now, if it has one. */
        Optional<String> newAddress(String pathAndQuery);
    }

    /** Stylesheets and scripts of JSF components, served by the FacesServlet under this prefix. */
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    private static final Pattern SERVER_ENDPOINT = Pattern.compile("/(metrics|openapi)(/.*)?");

    /** The news feeds, served by their servlet, in another language under its prefix too. */
    private static final Set<String> FEEDS = Set.of("/rss.xml", "/atom.xml");

    private static final Pattern LIST = Pattern.compile("/([a-z]+)");

    private static final Pattern ITEM = Pattern.compile("/([a-z]+)/([^/]+)");

    @Inject
    private PublicPageRenderer renderer;

    @Inject
    private PageLanguage.Settings site;

    @Inject
    private Folders folders;

    @Inject
    private OldAddresses oldAddresses;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty()) {
            path = "/";
        }
        if (isForbidden(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = Language.ofPath(path);
        if (!language.isOriginal() && !site.languages().contains(language)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String inLanguage = language.strip(path);
        Optional<String> view = route(inLanguage, request, folders);
        String query = request.getQueryString();
        boolean reads = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (reads && (view.isEmpty() || (path.equals("/") && query != null)) && language.isOriginal()) {
            Optional<String> moved = oldAddresses.newAddress(path + (query == null ? "" : "?" + query));
            if (moved.isPresent()) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getContextPath() + moved.get());
                return;
            }
        }
        if (view.isPresent() || !language.isOriginal()) {
            request.setAttribute(LANGUAGE, language);
        }
        if (!language.isOriginal() && FEEDS.contains(inLanguage)) {
            request.getRequestDispatcher(inLanguage).forward(request, response);
        } else if (view.isPresent()) {
            renderer.render(view.get(), request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The view for a public URL, if it is one; sets the slug attribute for item pages. */
    static Optional<String> route(String path, HttpServletRequest request, Folders folders) {
        String page = PAGES.get(path);
        if (page != null) {
            return Optional.of(page);
        }
        Matcher list = LIST.matcher(path);
        if (list.matches()) {
            return folders.listView(list.group(1));
        }
        Matcher item = ITEM.matcher(path);
        if (item.matches()) {
            Optional<String> view = folders.itemView(item.group(1));
            view.ifPresent(found -> request.setAttribute(SLUG, item.group(2)));
            return view;
        }
        return Optional.empty();
    }

    /**
     * Paths never served to a browser: the views' own names, server folders, anything encoded or dotted to
     * step out of where it seems to point, and the server's metrics and OpenAPI endpoints, which Payara
     * Micro adds beside a WAR deployed at the root (they tell an attacker the load and the software).
     */
    static boolean isForbidden(String rawPath) {
        String path = rawPath.toLowerCase(Locale.ROOT);
        return (path.endsWith(".xhtml") && !path.startsWith(FACES_RESOURCES))
                || SERVER_ENDPOINT.matcher(path).matches()
                || path.contains("/web-inf")
                || path.contains("/meta-inf")
                || path.contains("..")
                || path.contains("%2e")
                || path.contains("%2f")
                || path.contains("%5c")
                || path.contains("\\")
                || path.contains(";")
                || path.contains("//");
    }

    /** Whether a slug taken from a URL can name an item at all (saves a query for junk). */
    public static boolean isPlausibleSlug(Object slug) {
        return slug instanceof String s && Slugs.isValid(s);
    }
}
