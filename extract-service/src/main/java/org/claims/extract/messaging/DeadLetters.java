package org.claims.extract.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.claims.common.AckedSend;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Copies a failed article to {@code articles-dlq} as it was read (same key and value), with where it came from
 * and why in headers, so it can be inspected and replayed.
 */
@ApplicationScoped
public class DeadLetters {
    private final Emitter<String> emitter;

    public DeadLetters(@Channel("articles-dlq") Emitter<String> emitter) {
        this.emitter = emitter;
    }

    public CompletableFuture<Void> send(DeadLetter letter) {
        ConsumerRecord<String, String> r = letter.record();
        RecordHeaders headers = new RecordHeaders();
        add(headers, "dead-letter-reason", letter.reason());
        add(headers, "dead-letter-exception-class", letter.exceptionClass());
        add(headers, "dead-letter-topic", r.topic());
        add(headers, "dead-letter-partition", Integer.toString(r.partition()));
        add(headers, "dead-letter-offset", Long.toString(r.offset()));
        return AckedSend.send(emitter, r.value() == null ? "" : r.value(),
                Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(r.key()).withHeaders(headers).build()));
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
