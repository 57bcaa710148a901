package dev.vitrine.pagecache.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.config.VitrineConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rendered public pages, kept in memory until an edit changes what they show; never on a timer. Bounded in
 * bytes ({@code VITRINE_PAGE_CACHE_MB}, default 32), and so in entries (each counts at least
 * {@link CachedPage#OVERHEAD}); the least used go first (Caffeine). {@code VITRINE_PAGE_CACHE=off} renders
 * every request.
 *
 * <p>Every invalidation comes through {@link #changed}, the one seam that another instance's changes will
 * also come through. A page whose rendering started before a change is not kept: it may show what the change
 * replaced.
 */
@ApplicationScoped
public class PageCache {

    private final AtomicLong changes = new AtomicLong();
    /** Pages dropped because a change touched what they show (for {@link PageMetrics}). */
    private final LongAdder dropped = new LongAdder();

    private Cache<String, CachedPage> pages;
    private boolean enabled;
    private long maxBytes;

    @PostConstruct
    void start() {
        enabled = !VitrineConfig.get("VITRINE_PAGE_CACHE")
                .map(value -> value.toLowerCase(Locale.ROOT))
                .filter(value -> value.equals("off") || value.equals("false"))
                .isPresent();
        long megabytes =
                Long.parseLong(VitrineConfig.get("VITRINE_PAGE_CACHE_MB").orElse("32"));
        maxBytes = megabytes * 1024 * 1024;
        pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.weight())
                .executor(Runnable::run)
                .recordStats()
                .removalListener((String key, CachedPage page, RemovalCause cause) -> {
                    if (cause == RemovalCause.EXPLICIT) {
                        dropped.increment();
                    }
                })
                .build();
    }

    Optional<CachedPage> get(String key) {
        return Optional.ofNullable(pages.getIfPresent(key));
    }

    CacheStats stats() {
        return pages.stats();
    }

    long dropped() {
        return dropped.sum();
    }

    /** What the pages kept count against the limit (see {@link CachedPage#weight}). */
    long bytes() {
        return pages.policy().eviction().orElseThrow().weightedSize().orElse(0L);
    }

    long maxBytes() {
        return maxBytes;
    }

    long pages() {
        return pages.estimatedSize();
    }

    /** Where the changes stand; taken before rendering a page, and given back to {@link #put}. */
    long version() {
        return changes.get();
    }

    /** Keeps a page rendered since {@code version}, unless a change came meanwhile. */
    void put(String key, CachedPage page, long version) {
        if (!enabled) {
            return;
        }
        pages.put(key, page);
        if (changes.get() != version) {
            pages.invalidate(key);
        }
    }

    /** Drops the pages that show what changed (every page, for a change to everything). */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
        changes.incrementAndGet();
        if (change.isEverything()) {
            pages.invalidateAll();
        } else {
            pages.asMap().values().removeIf(page -> page.showsAnyOf(change.tags()));
        }
    }
}
