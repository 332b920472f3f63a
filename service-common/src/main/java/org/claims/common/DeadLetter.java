package org.claims.common;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * A consumed record that goes to a dead-letter topic: copied as it was read (same key and value), with why and
 * where it came from in headers, so it can be inspected and replayed.
 */
public record DeadLetter(ConsumerRecord<String, String> record, String reason, String exceptionClass) {

    public static DeadLetter of(ConsumerRecord<String, String> record, Throwable failure) {
        String reason = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage();
        return new DeadLetter(record, reason, failure.getClass().getName());
    }

    /** Completes when the broker acknowledged the dead letter. */
    public CompletableFuture<Void> sendTo(Emitter<String> deadLetterTopic) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "dead-letter-reason", reason);
        add(headers, "dead-letter-exception-class", exceptionClass);
        add(headers, "dead-letter-topic", record.topic());
        add(headers, "dead-letter-partition", Integer.toString(record.partition()));
        add(headers, "dead-letter-offset", Long.toString(record.offset()));
        return AckedSend.send(deadLetterTopic, record.value() == null ? "" : record.value(), Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers).build()));
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
