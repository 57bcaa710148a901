package dev.vitrine.cluster.service;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.time.Duration;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The grid of Payara Micro instances clustered by their Hazelcast: claims in a distributed map whose
 * entries expire, messages on a topic, the leader the oldest member (when it leaves, the next oldest is).
 * Only strings are stored and sent, so no class of the application travels between instances. Loaded only
 * where Hazelcast is there (see {@link Cluster}).
 */
class HazelcastGrid implements Grid {

    private static final String CLAIMS = "vitrine-claims";
    private static final String SHARED = "vitrine-shared";
    private static final String CHANGES = "vitrine-changes";

    /** Marks messages, so that an instance ignores its own. */
    private final String self = UUID.randomUUID().toString();

    private final HazelcastInstance hazelcast;
    private final IMap<String, Long> claims;
    private final ITopic<String> topic;

    /** @param hazelcast the server's {@code HazelcastInstance} */
    HazelcastGrid(Object hazelcast) {
        this.hazelcast = (HazelcastInstance) hazelcast;
        this.claims = this.hazelcast.getMap(CLAIMS);
        this.topic = this.hazelcast.getTopic(CHANGES);
    }

    @Override
    public boolean claim(String key, Duration ttl) {
        return claims.putIfAbsent(key, System.currentTimeMillis(), ttl.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    @Override
    public boolean isClaimed(String key) {
        return claims.containsKey(key);
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
    public String shared(String name, Supplier<String> make) {
        IMap<String, String> values = hazelcast.getMap(SHARED);
        String made = make.get();
        String before = values.putIfAbsent(name, made);
        return before == null ? made : before;
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
