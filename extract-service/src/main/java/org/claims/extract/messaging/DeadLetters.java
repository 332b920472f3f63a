package org.claims.extract.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.claims.common.AckedSend;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Unreadable articles, copied to {@code articles-dlq} with their key and a {@code dead-letter-reason} header. */
@ApplicationScoped
public class DeadLetters {
    private final Emitter<String> emitter;

    public DeadLetters(@Channel("articles-dlq") Emitter<String> emitter) {
        this.emitter = emitter;
    }

    public CompletableFuture<Void> send(List<ConsumerRecord<String, String>> records, List<String> reasons) {
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> r = records.get(i);
            RecordHeaders headers = new RecordHeaders();
            headers.add("dead-letter-reason", reasons.get(i).getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-topic", r.topic().getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-partition", Integer.toString(r.partition()).getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-offset", Long.toString(r.offset()).getBytes(StandardCharsets.UTF_8));
            acks.add(AckedSend.send(emitter, r.value() == null ? "" : r.value(),
                    Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(r.key()).withHeaders(headers).build())));
        }
        return CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new));
    }
}
