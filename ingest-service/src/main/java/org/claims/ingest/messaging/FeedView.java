package org.claims.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.claims.ingest.feeds.FeedState;
import org.jboss.logging.Logger;

/**
 * Every feed of the {@code feeds} topic, read from the start of every partition (no consumer group) and kept
 * up to date by a thread of its own: this is how any instance lists all feeds, and how a restarted instance
 * or the new owner of a feed resumes its poll state.
 */
@ApplicationScoped
public class FeedView {
    private static final Logger LOG = Logger.getLogger(FeedView.class);
    /** A feed as last read, and the partition it lives on (which decides its owner). */
    public record Entry(FeedState state, int partition) {
    }

    private final KafkaClients clients;
    private final ObjectMapper json;
    private final Map<String, Entry> feeds = new ConcurrentHashMap<>();
    /** Ids deleted while this view was reading: a poller's write arriving after the tombstone is stray. */
    private final Set<String> deleted = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Long> positions = new ConcurrentHashMap<>();
    private volatile Consumer<String> strayWrite = id -> { };
    private volatile Reader reader;

    public FeedView(KafkaClients clients, ObjectMapper json) {
        this.clients = clients;
        this.json = json;
    }

    /** Starts reading from the beginning; called at start-up, and again to drop what was read (a restart). */
    public synchronized void start(Consumer<String> onStrayWrite) {
        stop();
        feeds.clear();
        deleted.clear();
        positions.clear();
        strayWrite = onStrayWrite;
        reader = new Reader();
        reader.start();
    }

    public synchronized void stop() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    public Entry get(String id) {
        return feeds.get(id);
    }

    public List<Entry> all() {
        return new ArrayList<>(feeds.values());
    }

    /** True once this view has read a partition up to (not including) the given offset. */
    public boolean hasRead(int partition, long offset) {
        return positions.getOrDefault(partition, 0L) >= offset;
    }

    /** Waits (bounded) until the view has read a record this instance wrote, so its writer reads its write. */
    public void awaitRead(int partition, long offset, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (positions) {
            while (!hasRead(partition, offset + 1) && System.nanoTime() < deadline) {
                try {
                    positions.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    void apply(ConsumerRecord<String, String> record) {
        String id = record.key();
        if (id == null) {
            return;
        }
        if (record.value() == null) {
            feeds.remove(id);
            deleted.add(id);
            return;
        }
        try {
            FeedState state = json.readValue(record.value(), FeedState.class);
            if (FeedState.POLL.equals(state.origin()) && deleted.contains(id)) {
                strayWrite.accept(id);   // a poll finished after the feed was deleted: delete it again
                return;
            }
            deleted.remove(id);
            feeds.put(id, new Entry(state, record.partition()));
        } catch (JsonProcessingException e) {
            LOG.warnf("Skipping unreadable record for feed %s at %s-%d@%d", id, record.topic(), record.partition(), record.offset());
        }
    }

    private final class Reader extends Thread {
        private final KafkaConsumer<String, String> consumer = clients.consumer(null);
        private volatile boolean closed;

        Reader() {
            super("feeds-view");
            setDaemon(true);
        }

        @Override
        public void run() {
            try (consumer) {
                assignAll();
                while (!closed) {
                    consumer.poll(Duration.ofMillis(200)).forEach(FeedView.this::apply);
                    synchronized (positions) {
                        for (TopicPartition tp : consumer.assignment()) {
                            positions.put(tp.partition(), consumer.position(tp));
                        }
                        positions.notifyAll();
                    }
                }
            } catch (WakeupException e) {
                // closing
            } catch (RuntimeException e) {
                LOG.error("The feeds view stopped reading; feeds are not polled until restart", e);
            }
        }

        private void assignAll() {
            Collection<TopicPartition> partitions = new HashSet<>();
            while (partitions.isEmpty() && !closed) {
                consumer.partitionsFor(FeedLog.TOPIC, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                if (partitions.isEmpty()) {
                    LOG.warnf("Topic %s does not exist yet; feeds are not polled until it is created", FeedLog.TOPIC);
                    LockSupport.parkNanos(Duration.ofSeconds(5).toNanos());   // close() unparks
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        void close() {
            closed = true;
            consumer.wakeup();
            LockSupport.unpark(this);
            try {
                join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
