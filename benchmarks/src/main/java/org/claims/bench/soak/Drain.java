package org.claims.bench.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * "Drained" = every consumer group of the pipeline has committed up to the end of its topic, and the read
 * model's counts did not move between two polls. The groups are checked upstream first (extract before the
 * claims consumers): extract commits an article batch only after its claims are acknowledged, so once its lag
 * is 0 the end offsets read next on {@code claims} include every claim.
 */
final class Drain implements AutoCloseable {
    /** The pipeline's consumer groups, upstream first (see the services' application.properties). */
    static final List<Group> GROUPS = List.of(new Group("extract-service", "articles"),
            new Group("query-service-articles", "articles"), new Group("query-service-claims", "claims"));

    record Group(String id, String topic) {
    }

    record Outcome(boolean drained, long nanos, String lastState) {
    }

    private final Admin admin;

    Drain(String bootstrap) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** Records of the topic not yet committed by the group (a group that never committed lags by everything). */
    long lag(String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var partition : admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()) {
            latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest());
        }
        long lag = 0;
        for (var e : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            lag += e.getValue().offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    /** Polls every second until drained or timeout; dbCounts is polled after the lags and must repeat once. */
    Outcome await(Duration timeout, Callable<long[]> dbCounts) throws Exception {
        long start = System.nanoTime();
        long[] previous = null;
        String state = "";
        long lastPrint = 0;
        while (System.nanoTime() - start < timeout.toNanos()) {
            List<Long> lags = new ArrayList<>();
            for (Group g : GROUPS) {
                lags.add(lag(g.id(), g.topic()));
            }
            long[] counts = dbCounts.call();
            state = String.format("lag extract %d, query-articles %d, query-claims %d; db articles %d, claims %d",
                    lags.get(0), lags.get(1), lags.get(2), counts[0], counts[1]);
            if (lags.stream().allMatch(l -> l == 0) && Arrays.equals(counts, previous)) {
                return new Outcome(true, System.nanoTime() - start, state);
            }
            previous = lags.stream().allMatch(l -> l == 0) ? counts : null;
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {   // progress, not a log of every poll
                System.out.printf("drain: %s%n", state);
                lastPrint = System.nanoTime();
            }
            Thread.sleep(1000);
        }
        return new Outcome(false, System.nanoTime() - start, state);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
