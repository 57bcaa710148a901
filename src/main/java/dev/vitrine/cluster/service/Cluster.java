package dev.vitrine.cluster.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * This instance's {@link Grid}: Payara Micro's Hazelcast data grid (JNDI {@code payara/Hazelcast}) when the
 * server has one, which joins the instances started with the same cluster settings; else this JVM alone
 * (WildFly, or Payara started with {@code --nohazelcast}).
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
    private static final String HAZELCAST = "payara/Hazelcast";

    private Grid grid;

    @PostConstruct
    void join() {
        Object hazelcast = hazelcast();
        // HazelcastGrid is loaded only here, where Hazelcast's classes are there to load.
        grid = hazelcast != null ? new HazelcastGrid(hazelcast) : new LocalGrid(Clock.systemUTC());
        LOG.info(() -> hazelcast != null
                ? "Sharing views, changes and scheduled work through the data grid (" + grid.members()
                        + " member(s) now)"
                : "No data grid: this instance keeps its views and caches to itself");
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
