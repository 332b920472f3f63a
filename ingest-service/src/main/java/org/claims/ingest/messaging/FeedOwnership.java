package org.claims.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.claims.ingest.config.FeedsConfig;
import org.jboss.logging.Logger;

/**
 * Which feeds this instance polls, so that with several instances each feed is polled by exactly one.
 * <p>
 * Every instance joins one consumer group on the {@code feeds} topic, but pauses every partition it is given
 * and never reads a record: the group is only used as a lease manager. A feed's record lives on the partition
 * its key hashes to, and the instance that holds that partition polls the feed. Kafka moves partitions when
 * instances come and go; the previous holder gives a partition up only after its in-flight poll wrote its
 * state ({@link #pollLock()} is taken in the revocation callback), and the new holder polls none of its feeds
 * before its {@link FeedView} has read the partition up to the end offset seen at assignment, so it resumes
 * from the latest state. Up to 6 instances share the work (the topic's partition count).
 */
@ApplicationScoped
public class FeedOwnership {
    private static final Logger LOG = Logger.getLogger(FeedOwnership.class);
    private final KafkaClients clients;
    private final FeedsConfig config;
    private final FeedView view;
    /** Owned partitions and the offset the view must have read before their feeds are polled. */
    private final Map<Integer, Long> owned = new ConcurrentHashMap<>();
    private final ReentrantLock pollLock = new ReentrantLock();
    private volatile Member member;

    public FeedOwnership(KafkaClients clients, FeedsConfig config, FeedView view) {
        this.clients = clients;
        this.config = config;
        this.view = view;
    }

    /** Held by the poller around each feed's poll; a revocation waits for it. */
    public ReentrantLock pollLock() {
        return pollLock;
    }

    public boolean owns(int partition) {
        Long gate = owned.get(partition);
        return gate != null && view.hasRead(partition, gate);
    }

    public synchronized void start() {
        if (member == null) {
            member = new Member();
            member.start();
        }
    }

    public synchronized void stop() {
        if (member != null) {
            member.close();
            member = null;
        }
        owned.clear();
    }

    private final class Member extends Thread implements ConsumerRebalanceListener {
        private final KafkaConsumer<String, String> consumer = clients.consumer(config.group());
        private volatile boolean closed;

        Member() {
            super("feeds-ownership");
            setDaemon(true);
        }

        @Override
        public void run() {
            try (consumer) {
                consumer.subscribe(List.of(FeedLog.TOPIC), this);
                while (!closed) {
                    consumer.poll(Duration.ofMillis(500));   // keeps the membership; paused partitions return nothing
                }
            } catch (WakeupException e) {
                // closing
            } catch (RuntimeException e) {
                LOG.error("Left the feed pollers' group; this instance polls no feed until restart", e);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            consumer.pause(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            ends.forEach((tp, end) -> owned.put(tp.partition(), end));
            LOG.infof("Polling the feeds of partitions %s", ends.keySet());
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            pollLock.lock();
            try {
                partitions.forEach(tp -> owned.remove(tp.partition()));
            } finally {
                pollLock.unlock();
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(tp -> owned.remove(tp.partition()));
        }

        void close() {
            closed = true;
            consumer.wakeup();
            try {
                join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
