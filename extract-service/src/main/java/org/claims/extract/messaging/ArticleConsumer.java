package org.claims.extract.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.claims.extract.config.ExtractConfig;
import org.claims.extract.domain.Extraction;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * articles → claims, a polled batch at a time: one round trip to the broker per batch instead of per article.
 * A record that cannot be read goes to {@code articles-dlq} with its reason; a Kafka outage on the way out is
 * waited out, and the batch's offsets are committed only once every claim of it (and every dead letter) is
 * acknowledged.
 */
@ApplicationScoped
public class ArticleConsumer {
    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);
    private final Extraction extraction;
    private final ClaimPublisher publisher;
    private final DeadLetters deadLetters;
    private final ObjectMapper json;
    private final Duration maxBackoff;

    public ArticleConsumer(Extraction extraction, ClaimPublisher publisher, DeadLetters deadLetters, ObjectMapper json,
                           ExtractConfig config) {
        this.extraction = extraction;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.json = json;
        this.maxBackoff = config.maxRetryBackoff();
    }

    @Incoming("articles")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        List<Claim> claims = new ArrayList<>();
        List<ConsumerRecord<String, String>> poison = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                claims.addAll(extraction.extract(read(r.value())));
            } catch (PoisonRecordException e) {
                poison.add(r);
                reasons.add(e.getMessage());
            }
        }
        long backoff = 100;
        while (true) {
            try {
                publisher.publish(claims).get(30, TimeUnit.SECONDS);
                deadLetters.send(poison, reasons).get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                // re-sending is safe: claim ids are deterministic and query-service upserts on them
                LOG.warnf("Claims not acknowledged by Kafka (%s); retrying in %d ms", e.getMessage(), backoff);
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            }
        }
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
