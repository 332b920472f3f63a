package org.claims.ingest.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import org.claims.common.AckedSend;
import org.claims.model.Article;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/** Publishes articles keyed by id; the returned future completes only once Kafka acknowledged the record. */
@ApplicationScoped
public class ArticlePublisher {
    @Inject
    @Channel("articles")
    Emitter<Article> emitter;

    public CompletableFuture<Void> publish(Article article) {
        return AckedSend.send(emitter, article,
                Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build()));
    }
}
