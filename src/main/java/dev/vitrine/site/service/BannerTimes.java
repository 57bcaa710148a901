package dev.vitrine.site.service;

import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.jobs.Jobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Banner slides start and end at their times with nobody editing: once a minute, if one started or ended
 * since the last look, the home page is announced as changed, so the cached copies are made again. In a
 * cluster one instance announces it, and the others follow its announcement like any change.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@PermitAll
public class BannerTimes {

    private static final String JOB = "banner times";

    @Inject
    private Jobs jobs;

    @Inject
    private ShopClock clock;

    @Inject
    private HomeEntryService entries;

    @Inject
    private Cluster cluster;

    @Inject
    private Event<ContentChange> changes;

    private LocalDateTime lookedAt;

    @PostConstruct
    void start() {
        lookedAt = clock.now();
        jobs.every(JOB, Duration.ofMinutes(1), Duration.ofMinutes(5), this::look);
    }

    /** Announces the home page if a banner started or ended since the last look (run every minute). */
    public synchronized void look() {
        LocalDateTime now = clock.now();
        if (cluster.grid().isLeader() && entries.bannersChangeBetween(lookedAt, now)) {
            changes.fire(ContentChange.of(Set.of(HomeEntryService.HOME)));
        }
        lookedAt = now;
    }
}
