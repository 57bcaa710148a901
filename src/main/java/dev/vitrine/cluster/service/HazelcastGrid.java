package dev.vitrine.cluster.service;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.instance.EndpointQualifier;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The grid of Payara Micro instances clustered by their Hazelcast: claims in a distributed map whose
 * entries expire, messages on a topic, the leader the oldest member (when it leaves, the next oldest is).
 * Only strings are stored and sent, so no class of the application travels between instances. Loaded only
 * where Hazelcast is there (see {@link Cluster}).
 */
class HazelcastGrid implements Grid {

    /** Renamed when the values changed from times to text: a rolling upgrade starts a new map. */
    private static final String CLAIMS = "vitrine-claims-v2";

    private static final String CHANGES = "vitrine-changes";
    private static final int MIN_NAME = 20;
    private static final Set<String> GUESSABLE_NAMES = Set.of("development", "dev", "vitrine", "payara");

    /** Marks messages, so that an instance ignores its own. */
    private final String self = UUID.randomUUID().toString();

    private final HazelcastInstance hazelcast;
    private final IMap<String, String> claims;
    private final ITopic<String> topic;

    /** @param hazelcast the server's {@code HazelcastInstance} */
    HazelcastGrid(Object hazelcast) {
        this.hazelcast = (HazelcastInstance) hazelcast;
        Object[] made = new Object[2];
        outsideTheApplication(() -> {
            made[0] = this.hazelcast.getMap(CLAIMS);
            made[1] = this.hazelcast.getTopic(CHANGES);
        });
        @SuppressWarnings("unchecked")
        IMap<String, String> map = (IMap<String, String>) made[0];
        @SuppressWarnings("unchecked")
        ITopic<String> changes = (ITopic<String>) made[1];
        this.claims = map;
        this.topic = changes;
    }

    /**
     * Runs {@code work} on a thread of no application. Payara ties a grid object made on an application's
     * thread to that application, and then sets the application's context up around every operation on it,
     * on the member that runs it: measured, most of what a claim cost. Only strings go through these objects,
     * which need no application to be read.
     */
    private static void outsideTheApplication(Runnable work) {
        Thread thread = new Thread(work, "vitrine-grid-setup");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting up the data grid", e);
        }
    }

    /**
     * Why anyone who reaches this grid could act in it, if they could: it takes Hazelcast clients (which
     * need only the cluster name, and can run Payara's admin commands on the members), listens on every
     * interface, or has a cluster name anyone guesses. Empty for a grid set up as the README's
     * {@code cluster.xml} sets it up. Asked before anything is made in the grid.
     *
     * @param hazelcast the server's {@code HazelcastInstance}
     */
    static List<String> openings(Object hazelcast) {
        Config config = ((HazelcastInstance) hazelcast).getConfig();
        List<String> openings = new ArrayList<>();
        boolean advanced = config.getAdvancedNetworkConfig().isEnabled();
        if (!advanced || config.getAdvancedNetworkConfig().getEndpointConfigs().containsKey(EndpointQualifier.CLIENT)) {
            openings.add("it takes Hazelcast clients");
        }
        if (!"false".equals(config.getProperty("hazelcast.socket.bind.any"))) {
            openings.add("it listens on every interface");
        }
        String name = config.getClusterName();
        if (name == null
                || name.length() < MIN_NAME
                || name.contains("${") // a property the file names but nobody set
                || GUESSABLE_NAMES.contains(name.toLowerCase())) {
            openings.add("its cluster name is not a secret of " + MIN_NAME + " characters or more");
        }
        return openings;
    }

    @Override
    public String putIfAbsent(String key, String value, Duration ttl) {
        return claims.putIfAbsent(key, value, ttl.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean replace(String key, String expected, String value, Duration ttl) {
        if (!claims.replace(key, expected, value)) {
            return false;
        }
        // Its time only grows: whatever another instance sets meanwhile is at least as long.
        claims.setTtl(key, ttl.toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    @Override
    public void publish(String message) {
        topic.publish(self + "\n" + message);
    }

    @Override
    public void subscribe(Consumer<String> listener) {
        topic.addMessageListener(received -> {
            String text = received.getMessageObject();
            int end = text.indexOf('\n');
            if (end > 0 && !text.substring(0, end).equals(self)) {
                listener.accept(text.substring(end + 1));
            }
        });
    }

    @Override
    public boolean isLeader() {
        Iterator<Member> oldestFirst = hazelcast.getCluster().getMembers().iterator();
        return oldestFirst.hasNext() && oldestFirst.next().localMember();
    }

    @Override
    public int members() {
        return hazelcast.getCluster().getMembers().size();
    }
}
