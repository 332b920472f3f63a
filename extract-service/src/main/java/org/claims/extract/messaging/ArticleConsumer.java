package org.claims.extract.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.claims.extract.config.ExtractConfig;
import org.claims.extract.domain.Extraction;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * articles → claims. A record that cannot be read is thrown back, and the channel's dead-letter strategy
 * moves it to {@code articles-dlq} with the reason; a Kafka outage on the way out is waited out instead, so
 * the offset of an article is committed only after all its claims are acknowledged.
 */
@ApplicationScoped
public class ArticleConsumer {
    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);
    private final Extraction extraction;
    private final ClaimPublisher publisher;
    private final ObjectMapper json;
    private final Duration maxBackoff;

    public ArticleConsumer(Extraction extraction, ClaimPublisher publisher, ObjectMapper json, ExtractConfig config) {
        this.extraction = extraction;
        this.publisher = publisher;
        this.json = json;
        this.maxBackoff = config.maxRetryBackoff();
    }

    @Incoming("articles")
    @Blocking
    public void consume(String value) throws InterruptedException {
        List<Claim> claims = extraction.extract(read(value));
        long backoff = 100;
        while (true) {
            try {
                publisher.publish(claims).get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
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
