package dev.vitrine.content.service;

import dev.vitrine.cluster.service.Cluster;
import dev.vitrine.content.entity.ItemKind;
import dev.vitrine.content.entity.ItemStatus;
import dev.vitrine.content.entity.PublishedItem;
import dev.vitrine.content.service.ItemChanges.Standing;
import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.ShopClock;
import dev.vitrine.shared.jobs.Jobs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;

/**
 * Scheduled items appear on the public pages at their time with nobody editing: a timer is set for the
 * next publish time to come, and when it fires the items whose time came are announced as changed (so the
 * cached pages that should show them are refreshed), and the next timer is set. Any change sets it again: a
 * new schedule may be sooner. In a cluster one instance announces them, and the others follow its
 * announcement like any change. A check every minute announces what a lost timer missed and is the job's
 * heartbeat (on every instance, leader or not).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ScheduledAppearances {

    @PersistenceContext
    private EntityManager em;

    private static final String JOB = "scheduled items";

    @Resource
    private SessionContext context;

    @Inject
    private Jobs jobs;

    @Inject
    private ShopClock clock;

    @Inject
    private Event<ContentChange> changes;

    /** One instance of the site announces; the others hear it from there (see {@code ChangeRelay}). */
    @Inject
    private Cluster cluster;

    /** Items published up to this time have been announced. */
    private LocalDateTime announcedUpTo;

    private LocalDateTime armedFor;

    private ScheduledFuture<?> next;

    /** This bean as the container calls it (with a transaction), for runs started by the executor. */
    private ScheduledAppearances self;

    @PostConstruct
    void start() {
        announcedUpTo = clock.now();
        self = context.getBusinessObject(ScheduledAppearances.class);
        jobs.every(JOB, Duration.ofMinutes(1), Duration.ofMinutes(5), () -> self.catchUp());
        arm();
    }

    @PreDestroy
    synchronized void stop() {
        if (next != null) {
            next.cancel(false);
        }
    }

    /** Sets the timer again after a change. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
        arm();
    }

    /** Announces what is due if the timer for it didn't (runs every minute). */
    public synchronized void catchUp() {
        if (armedFor != null && !armedFor.isAfter(clock.now())) {
            appear();
        }
    }

    /** Announces the items whose publish time has come, then sets the timer for the next. */
    public synchronized void appear() {
        LocalDateTime now = clock.now();
        if (armedFor != null && armedFor.isAfter(now)) {
            now = armedFor;
        }
        if (cluster.grid().isLeader()) {
            for (ItemKind kind : ItemKind.values()) {
                for (PublishedItem item : appearing(kind, announcedUpTo, now)) {
                    changes.fire(ItemChanges.of(kind, item.getId(), null, Standing.of(item)));
                }
            }
        }
        announcedUpTo = now;
        arm();
    }

    private synchronized void arm() {
        if (next != null) {
            next.cancel(false);
        }
        LocalDateTime now = clock.now();
        armedFor = Arrays.stream(ItemKind.values())
                .map(kind -> nextAppearance(kind, now))
                .filter(Objects::nonNull)
                .min(LocalDateTime::compareTo)
                .orElse(null);
        if (armedFor != null) {
            Instant at = armedFor.atZone(clock.zone()).toInstant();
            try {
                next = jobs.once(JOB, Duration.between(clock.instant(), at), () -> self.appear());
            } catch (RejectedExecutionException stopping) {
                next = null; // the application is stopping
            }
        }
    }

    private LocalDateTime nextAppearance(ItemKind kind, LocalDateTime now) {
        return em.createQuery(
                        "SELECT MIN(i.publishedAt) FROM " + kind.entity() + " i"
                                + " WHERE i.status = :published AND i.deletedAt IS NULL AND i.publishedAt > :now",
                        LocalDateTime.class)
                .setParameter("published", ItemStatus.PUBLISHED)
                .setParameter("now", now)
                .getSingleResult();
    }

    private List<PublishedItem> appearing(ItemKind kind, LocalDateTime after, LocalDateTime upTo) {
        return em.createQuery(
                        "SELECT i FROM " + kind.entity() + " i WHERE i.status = :published AND i.deletedAt IS NULL"
                                + " AND i.publishedAt > :after AND i.publishedAt <= :upTo",
                        PublishedItem.class)
                .setParameter("published", ItemStatus.PUBLISHED)
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .getResultList();
    }
}
