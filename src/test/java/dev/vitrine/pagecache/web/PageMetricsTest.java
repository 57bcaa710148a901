package dev.vitrine.pagecache.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetricsTest {

    /** Every view the public routes forward to (PublicRoutes), and the kind its requests are counted as. */
    @ParameterizedTest
    @CsvSource({
        "/WEB-INF/views/index.xhtml, home",
        "/WEB-INF/views/products/index.xhtml, products",
        "/WEB-INF/views/products/product.xhtml, product",
        "/WEB-INF/views/news/index.xhtml, news",
        "/WEB-INF/views/news/article.xhtml, article",
        "/WEB-INF/views/pages/page.xhtml, page",
        "/WEB-INF/views/contact.xhtml, contact",
        "/WEB-INF/views/search.xhtml, search"
    })
    void aViewIsCountedAsItsKindOfPage(String view, String kind) {
        assertEquals(kind, PageMetrics.kindOf(view));
    }
}
