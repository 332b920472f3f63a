package org.claims.bench.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Every half second: the end offset of each partition of the pipeline's topics and the offset each consumer group
 * committed there. Samples fail while the broker is away and are then simply missing. "Backlog cleared" after a
 * restart at R = the first sample where every group has committed, on every partition, at least the end offset of
 * the first sample at or after R: what was waiting at the restart has been processed, whatever arrived since.
 */
final class LagSampler implements AutoCloseable {
    record Sample(long epochMillis, Map<TopicPartition, Long> ends, Map<String, Map<TopicPartition, Long>> committed) {
    }

    private final Admin admin;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    LagSampler(String bootstrap) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000));
        thread = new Thread(this::loop, "lag-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Sample s = sample();
                synchronized (samples) {
                    samples.add(s);
                }
            } catch (Exception e) {
                // broker restarting: no sample for this tick
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Sample sample() throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (Drain.Group g : Drain.GROUPS) {
            admin.describeTopics(List.of(g.topic())).allTopicNames().get(2, TimeUnit.SECONDS).get(g.topic()).partitions()
                    .forEach(p -> request.put(new TopicPartition(g.topic(), p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request).all().get(2, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
        Map<String, Map<TopicPartition, Long>> committed = new HashMap<>();
        for (Drain.Group g : Drain.GROUPS) {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            Map<TopicPartition, OffsetAndMetadata> c = admin.listConsumerGroupOffsets(g.id())
                    .partitionsToOffsetAndMetadata().get(2, TimeUnit.SECONDS);
            c.forEach((tp, o) -> offsets.put(tp, o == null ? 0 : o.offset()));
            committed.put(g.id(), offsets);
        }
        return new Sample(System.currentTimeMillis(), ends, committed);
    }

    /** Milliseconds from restartMillis until the backlog present then was committed by every group; -1 if never. */
    long backlogClearedAfter(long restartMillis) {
        List<Sample> copy;
        synchronized (samples) {
            copy = List.copyOf(samples);
        }
        Sample at = copy.stream().filter(s -> s.epochMillis() >= restartMillis).findFirst().orElse(null);
        if (at == null) {
            return -1;
        }
        for (Sample s : copy) {
            if (s.epochMillis() >= at.epochMillis() && caughtUp(s, at.ends())) {
                return s.epochMillis() - restartMillis;
            }
        }
        return -1;
    }

    private static boolean caughtUp(Sample s, Map<TopicPartition, Long> target) {
        for (Drain.Group g : Drain.GROUPS) {
            Map<TopicPartition, Long> committed = s.committed().get(g.id());
            for (var e : target.entrySet()) {
                if (e.getKey().topic().equals(g.topic()) && committed.getOrDefault(e.getKey(), 0L) < e.getValue()) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        admin.close(Duration.ofSeconds(2));
    }
}
