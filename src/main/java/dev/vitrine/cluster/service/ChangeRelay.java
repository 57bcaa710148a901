package dev.vitrine.cluster.service;

import dev.vitrine.shared.ContentChange;
import dev.vitrine.shared.db.SiteKeys;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Makes every instance's caches follow every instance's edits: each committed {@link ContentChange} is sent
 * to the other instances, which drop their JPA shared cache and fire it as their own, so that their page
 * caches, layout data and search indexes follow as they do for an edit of theirs. A change received is not
 * sent on. Messages are signed with a key from the site's database ({@link SignedMessages}): one that no
 * instance of this site wrote, or one sent before, is dropped, whoever reached the grid.
 */
@ApplicationScoped
public class ChangeRelay {

    private static final Logger LOG = Logger.getLogger(ChangeRelay.class.getName());

    /** Set while a received change is fired here, so that it isn't sent back out. */
    private static final ThreadLocal<Boolean> RECEIVING = new ThreadLocal<>();

    @Inject
    private Cluster cluster;

    @Inject
    private Event<ContentChange> changes;

    @PersistenceUnit
    private EntityManagerFactory persistence;

    @Inject
    private SiteKeys siteKeys;

    @Resource
    private ManagedExecutorService executor;

    /** Made at first use: its key comes from the database, which may not answer yet at start. */
    private SignedMessages signed;

    private volatile Instant lastRefusalLogged = Instant.EPOCH;

    /**
     * Made here, once the application has started (an application-scoped bean is made on first use
     * otherwise): see {@link #send}.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean is the point: see listen()
    }

    @PostConstruct
    void listen() {
        cluster.grid().subscribe(message -> executor.execute(() -> receive(message)));
    }

    private synchronized SignedMessages signed() {
        if (signed == null) {
            signed = new SignedMessages(siteKeys.key("changes"), Clock.systemUTC());
        }
        return signed;
    }

    /**
     * Sends a committed change to the other instances, once the relay is there ({@link #start}). The changes
     * a first start makes (the demo shop) come before it, and before any other instance may start; made by
     * one of them, during the server's start-up work, this bean got none of its resources on Payara Micro,
     * and the instance that started first never applied another's change (issue 21).
     */
    void send(
            @Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS)
                    ContentChange change) {
        if (RECEIVING.get() == null) {
            try {
                cluster.grid().publish(signed().sign(String.join("\n", change.tags())));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A change was not sent to the other instances: " + change, e);
            }
        }
    }

    private void receive(String signedMessage) {
        String message = signed().open(signedMessage).orElse(null);
        if (message == null) {
            refused();
            return;
        }
        Set<String> tags = message.isEmpty()
                ? Set.of()
                : Arrays.stream(message.split("\n")).collect(Collectors.toSet());
        RECEIVING.set(Boolean.TRUE);
        try {
            persistence.getCache().evictAll();
            changes.fire(new ContentChange(tags));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A change from another instance was not applied: " + tags, e);
        } finally {
            RECEIVING.remove();
        }
    }

    /** Says so in the log, at most once a minute: a flood of forged messages must not flood the log too. */
    private void refused() {
        Instant now = Instant.now();
        if (lastRefusalLogged.isBefore(now.minus(Duration.ofMinutes(1)))) {
            lastRefusalLogged = now;
            LOG.warning("A change message on the data grid that no instance of this site signed, or one sent before,"
                    + " was dropped: something that is not this site's instance is on the grid");
        }
    }
}
