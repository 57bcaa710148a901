package dev.vitrine.cluster.service;

import dev.vitrine.shared.ShopClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * This instance's {@link Grid}: Payara Micro's Hazelcast data grid (JNDI {@code payara/Hazelcast}) when the
 * server has one set up as the README's {@code cluster.xml} sets it up, which joins the instances started
 * with the same cluster settings; else this JVM alone (WildFly, Payara started with {@code --nohazelcast}, or
 * a grid open to anyone, which is refused with a message in the log).
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
    private static final String HAZELCAST = "payara/Hazelcast";

    @Inject
    private ShopClock clock;

    private Grid grid;

    @PostConstruct
    void join() {
        Object hazelcast = hazelcast();
        // HazelcastGrid is loaded only here, where Hazelcast's classes are there to load.
        grid = hazelcast != null ? closedOrLocal(hazelcast) : local();
        if (grid instanceof HazelcastGrid) {
            LOG.info("Sharing views, changes and scheduled work through the data grid (" + grid.members()
                    + " member(s) now)");
        }
    }

    private Grid closedOrLocal(Object hazelcast) {
        List<String> openings = HazelcastGrid.openings(hazelcast);
        if (openings.isEmpty()) {
            return new HazelcastGrid(hazelcast);
        }
        LOG.severe("This server runs a data grid that anyone who reaches it can join or use ("
                + String.join(", ", openings) + "): Vitrine shares nothing through it and works as one"
                + " instance. Start one instance with --nohazelcast, several with the README's cluster.xml"
                + " (\"Several instances\").");
        return local();
    }

    private Grid local() {
        LOG.info("No data grid: this instance keeps its views and caches to itself");
        return new LocalGrid(clock.asClock());
    }

    private static Object hazelcast() {
        try {
            return new InitialContext().lookup(HAZELCAST);
        } catch (NamingException | RuntimeException none) {
            return null; // no data grid on this server
        }
    }

    public Grid grid() {
        return grid;
    }
}
