package dev.vitrine.cluster.service;

import dev.vitrine.shared.ContentChange;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Makes every instance's caches follow every instance's edits: each committed {@link ContentChange} is sent
 * to the other instances, which drop their JPA shared cache and fire it as their own, so that their page
 * caches, layout data and search indexes follow as they do for an edit of theirs. A change received is not
 * sent on.
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

    @Resource
    private ManagedExecutorService executor;

    /** Listens from the start (an application-scoped bean is made on first use otherwise). */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // creating the bean is the point: see listen()
    }

    @PostConstruct
    void listen() {
        cluster.grid().subscribe(message -> executor.execute(() -> receive(message)));
    }

    /** Sends a committed change to the other instances. */
    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChange change) {
        if (RECEIVING.get() == null) {
            try {
                cluster.grid().publish(String.join("\n", change.tags()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A change was not sent to the other instances: " + change, e);
            }
        }
    }

    private void receive(String message) {
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
}
