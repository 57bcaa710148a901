package dev.vitrine.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicRoutesTest {

    private final Map<String, Object> attributes = new HashMap<>();

    /** A request that only keeps attributes, which is all that routing touches. */
    private final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                if (method.getName().equals("setAttribute")) {
                    attributes.put((String) args[0], args[1]);
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    /** Two folders as the registry of kinds would give them: {@code products} with a list, {@code pages} without. */
    private static final PublicRoutes.Folders FOLDERS = new PublicRoutes.Folders() {
        @Override
        public Optional<String> listView(String folder) {
            return folder.equals("products") ? Optional.of("/WEB-INF/views/products/index.xhtml") : Optional.empty();
        }

        @Override
        public Optional<String> itemView(String folder) {
            return switch (folder) {
                case "products" -> Optional.of("/WEB-INF/views/products/product.xhtml");
                case "pages" -> Optional.of("/WEB-INF/views/pages/page.xhtml");
                default -> Optional.empty();
            };
        }
    };

    private Optional<String> route(String path) {
        return PublicRoutes.route(path, request, FOLDERS);
    }

    @Test
    void pagesForwardToTheirViews() {
        assertEquals(Optional.of("/WEB-INF/views/index.xhtml"), route("/"));
        assertEquals(Optional.of("/WEB-INF/views/index.xhtml"), route("/index.html"));
        assertEquals(Optional.of("/WEB-INF/views/products/index.xhtml"), route("/products"));
        assertEquals(Optional.empty(), route("/pages"), "a folder without a list");
        assertEquals(Optional.empty(), route("/unknown"));
        assertEquals(Optional.of("/WEB-INF/views/contact.xhtml"), route("/contact"));
        assertTrue(attributes.isEmpty());
    }

    @Test
    void itemPagesCarryTheSlug() {
        assertEquals(Optional.of("/WEB-INF/views/products/product.xhtml"), route("/products/st-26-tweeter"));
        assertEquals("st-26-tweeter", attributes.get(PublicRoutes.SLUG));
        assertEquals(Optional.of("/WEB-INF/views/pages/page.xhtml"), route("/pages/about"));
        assertEquals("about", attributes.get(PublicRoutes.SLUG));
    }

    @Test
    void otherPathsAreNotRoutes() {
        assertEquals(Optional.empty(), route("/static/site.css"));
        assertEquals(Optional.empty(), route("/unknown/x"), "no folder, no slug");
        assertEquals(Optional.empty(), route("/products/a/b"));
        assertEquals(Optional.empty(), route("/products/"));
        assertNull(attributes.get(PublicRoutes.SLUG));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/index.xhtml",
                "/WEB-INF/views/index.xhtml",
                "/WEB-INF/web.xml",
                "/web-inf/web.xml",
                "/META-INF/MANIFEST.MF",
                "/static/../WEB-INF/web.xml",
                "/static/%2e%2e/x",
                "/static/%2E%2E/x",
                "/a%2fb",
                "/a\\b",
                "/products;jsessionid=1",
                "//etc/passwd",
                "/jakarta.faces.resource/../WEB-INF/web.xml"
            })
    void forbidsViewNamesServerFoldersAndClimbing(String path) {
        assertTrue(PublicRoutes.isForbidden(path), path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/products",
                "/news/winter",
                "/static/site.css",
                "/media/demo/a.png",
                "/jakarta.faces.resource/faces.js.xhtml"
            })
    void allowsOrdinaryPaths(String path) {
        assertFalse(PublicRoutes.isForbidden(path), path);
    }

    @Test
    void slugsFromUrlsMustLookLikeSlugs() {
        assertTrue(PublicRoutes.isPlausibleSlug("winter-battery"));
        assertFalse(PublicRoutes.isPlausibleSlug("Winter Battery"));
        assertFalse(PublicRoutes.isPlausibleSlug(null));
    }
}
