package org.claims.extract.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.claims.common.DeadLetter;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.claims.extract.domain.Extraction;
import org.claims.model.Article;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * articles → claims, a polled batch at a time: one round trip to the broker per batch instead of per article.
 * One record, one fate: an article that cannot be read, extracted or published goes alone to
 * {@code articles-dlq}, and the rest of its batch carries on. The batch's offsets are committed (on return) only
 * once every claim and every dead letter of it is acknowledged.
 */
@ApplicationScoped
public class ArticleConsumer {
    private final Extraction extraction;
    private final BatchPublisher publisher;
    private final ObjectMapper json;

    public ArticleConsumer(Extraction extraction, BatchPublisher publisher, ObjectMapper json) {
        this.extraction = extraction;
        this.publisher = publisher;
        this.json = json;
    }

    @Incoming("articles")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        PendingBatch batch = new PendingBatch();
        for (ConsumerRecord<String, String> r : records) {
            try {
                batch.extracted(r, extraction.extract(read(r.value())));
            } catch (RuntimeException | StackOverflowError e) {
                // an engine bug on one text (deep recursion included) must cost that article only
                batch.failed(DeadLetter.of(r, e));
            }
        }
        publisher.publish(batch);
    }

    private Article read(String value) {
        if (value == null) {
            throw new PoisonRecordException("record has no value");
        }
        Article article;
        try {
            article = json.readValue(value, Article.class);
        } catch (JsonProcessingException e) {
            throw new PoisonRecordException("value is not an Article JSON object: " + e.getOriginalMessage());
        }
        if (article == null || article.body() == null || article.body().isBlank()) {
            throw new PoisonRecordException("article has no 'body'");
        }
        return article;
    }
}
