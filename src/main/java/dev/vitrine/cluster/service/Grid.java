package dev.vitrine.cluster.service;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the instances of one site share: a place to claim keys for a while, messages to the others, and
 * which of them does the work that must be done once. Nothing secret goes through it (keys come from the
 * database: {@code SiteKeys}). On one instance (or a server
 * without a data grid) all of it is this JVM's; on Payara Micro it is its Hazelcast data grid.
 */
public interface Grid {

    /**
     * Claims {@code key} for {@code ttl}: true for the first claim, false while a claim stands (on any
     * instance).
     */
    default boolean claim(String key, Duration ttl) {
        return putIfAbsent(key, "", ttl) == null;
    }

    /**
     * Puts {@code value} under {@code key} for {@code ttl} unless a value stands there: one step, whatever
     * other instances do at the same time.
     *
     * @return {@code null} if it was put, else the value that stands
     */
    String putIfAbsent(String key, String value, Duration ttl);

    /**
     * Replaces the value under {@code key} with {@code value}, standing for {@code ttl} from now, if it is
     * still {@code expected}: one step, whatever other instances do at the same time.
     *
     * @return whether it was replaced
     */
    boolean replace(String key, String expected, String value, Duration ttl);

    /** Sends a message to the other instances (not to this one). */
    void publish(String message);

    /** Where messages from the other instances go. */
    void subscribe(Consumer<String> listener);

    /** Whether this instance does the work done once for all: the oldest member of the grid. */
    boolean isLeader();

    /** How many instances share the grid (1 alone). */
    int members();
}
