package org.claims.ingest.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.claims.model.Article;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Publishes articles keyed by id; the returned future completes only once Kafka acknowledged the record. */
@ApplicationScoped
public class ArticlePublisher {
    @Inject
    @Channel("articles")
    Emitter<Article> emitter;

    public CompletableFuture<Void> publish(Article article) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<Article> message = Message.of(article,
                Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build()),
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            // the emitter refuses synchronously when its buffer is full or the channel is down
            acked.completeExceptionally(e);
        }
        return acked;
    }
}
