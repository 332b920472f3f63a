package org.claims.extract.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.claims.common.AckedSend;
import org.claims.model.Claim;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * One record per claim on {@code claims}, keyed by article id (so an article's claims stay ordered on one
 * partition) with measure/language/extractor headers for subscribers that filter without parsing.
 */
@ApplicationScoped
public class ClaimPublisher {
    private final Emitter<String> emitter;
    private final ObjectMapper json;

    public ClaimPublisher(@Channel("claims") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
                          Emitter<String> emitter, ObjectMapper json) {
        this.emitter = emitter;
        this.json = json;
    }

    /** Completes when Kafka acknowledged every claim of the list. */
    public CompletableFuture<Void> publish(List<Claim> claims) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            acks.add(send(c));
        }
        return CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> send(Claim c) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("measure", c.measure().wire().getBytes(StandardCharsets.UTF_8));
        headers.add("language", String.valueOf(c.language()).getBytes(StandardCharsets.UTF_8));
        headers.add("extractor", c.extractor().getBytes(StandardCharsets.UTF_8));
        return AckedSend.send(emitter, toJson(c), Metadata.of(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(c.articleId()).withHeaders(headers).build()));
    }

    private String toJson(Claim c) {
        try {
            return json.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A Claim record always serialises", e);
        }
    }
}
