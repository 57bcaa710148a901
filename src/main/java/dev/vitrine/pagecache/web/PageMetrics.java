package dev.vitrine.pagecache.web;

import dev.vitrine.shared.metrics.Metrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The public pages' metrics (docs/metrics.md): requests and their times by kind of page, and what the page
 * cache holds and does. The kind is the view's name ({@link #kindOf}), one of the few the routes forward to,
 * never the address: nothing a visitor sends adds a series.
 */
@ApplicationScoped
public class PageMetrics {

    /** Buckets of the request times, enough to tell a page sent from memory from one rendered. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(1),
        Duration.ofMillis(5),
        Duration.ofMillis(25),
        Duration.ofMillis(100),
        Duration.ofMillis(500),
        Duration.ofSeconds(2)
    };

    @Inject
    private PageCache cache;

    private final MeterRegistry registry = Metrics.registry();
    private final Map<String, Timer> fromCache = new ConcurrentHashMap<>();
    private final Map<String, Timer> rendered = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        FunctionCounter.builder("vitrine.page.cache.hits", cache, c -> c.stats().hitCount())
                .description("Public page requests answered from the page cache")
                .register(registry);
        FunctionCounter.builder(
                        "vitrine.page.cache.misses", cache, c -> c.stats().missCount())
                .description("Public page requests the page cache did not have (rendered)")
                .register(registry);
        FunctionCounter.builder(
                        "vitrine.page.cache.evictions", cache, c -> c.stats().evictionCount())
                .description("Pages dropped to stay within VITRINE_PAGE_CACHE_MB")
                .register(registry);
        FunctionCounter.builder("vitrine.page.cache.invalidations", cache, PageCache::dropped)
                .description("Pages dropped because an edit changed what they show")
                .register(registry);
        Gauge.builder("vitrine.page.cache.size", cache, PageCache::bytes)
                .description(
                        "Memory the cached pages count against VITRINE_PAGE_CACHE_MB (bytes and gzip, plus 2 KB each)")
                .baseUnit("bytes")
                .register(registry);
        Gauge.builder("vitrine.page.cache.limit", cache, PageCache::maxBytes)
                .description("VITRINE_PAGE_CACHE_MB")
                .baseUnit("bytes")
                .register(registry);
        Gauge.builder("vitrine.page.cache.pages", cache, PageCache::pages)
                .description("Pages in the page cache")
                .register(registry);
    }

    /** Registers the meters when the application starts, not at the first request. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Observing is enough: it creates this bean.
    }

    /** A request for the public page {@code view}, answered in {@code nanos}, from the cache or rendered. */
    void served(String view, boolean hit, long nanos) {
        (hit ? fromCache : rendered)
                .computeIfAbsent(view, v -> timer(kindOf(v), hit))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(String kind, boolean hit) {
        return Timer.builder("vitrine.page.requests")
                .description("Public page requests and the time to answer them, by kind of page; source=rendered"
                        + " includes rendering (a cache miss, a page never kept, an error page)")
                .tag("page", kind)
                .tag("source", hit ? "cache" : "rendered")
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    /**
     * The kind of page a view renders: {@code /WEB-INF/views/news/article.xhtml} is {@code article}, a
     * folder's index its folder ({@code news}), the top index {@code home}.
     */
    static String kindOf(String view) {
        String name = view.replaceFirst("^.*/views/", "").replaceFirst("\\.xhtml$", "");
        if (name.equals("index")) {
            return "home";
        }
        if (name.endsWith("/index")) {
            name = name.substring(0, name.length() - "/index".length());
        }
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
