package org.claims.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.claims.common.ProblemException;
import org.claims.ingest.feeds.FeedState;

/**
 * Writes feed records (key = feed id) and tombstones to the compacted {@code feeds} topic. A write returns once
 * Kafka acknowledged it and this instance's {@link FeedView} has read it back, so what one request wrote the
 * next one sees.
 */
@ApplicationScoped
public class FeedLog {
    public static final String TOPIC = "feeds";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);
    private final FeedView view;
    private final ObjectMapper json;
    private final KafkaProducer<String, String> producer;

    public FeedLog(KafkaClients clients, FeedView view, ObjectMapper json) {
        this.view = view;
        this.json = json;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, clients.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "8000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    public void put(FeedState state) {
        try {
            send(state.id(), json.writeValueAsString(state));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A feed state always serialises", e);
        }
    }

    public void delete(String id) {
        send(id, null);
    }

    private void send(String id, String value) {
        try {
            RecordMetadata written = producer.send(new ProducerRecord<>(TOPIC, id, value))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            view.awaitRead(written.partition(), written.offset(), ACK_TIMEOUT);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw ProblemException.unavailable("Kafka did not acknowledge the feed record; it may not have been recorded, retry later");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("Interrupted while writing the feed record");
        }
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
