package org.claims.ingest.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.claims.common.ProblemException;
import org.claims.common.ArticleRequest;
import org.claims.common.ArticleRequests;
import org.claims.ingest.config.IngestConfig;
import org.claims.ingest.messaging.ArticlePublisher;
import org.claims.model.Article;
import org.jboss.logging.Logger;

/** Validates, de-duplicates and publishes; answers only after Kafka acknowledged. */
@ApplicationScoped
public class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class);
    private final ArticlePublisher publisher;
    private final IngestConfig config;
    private final ArticleRequests requests;
    private final RecentIds recent;

    public IngestService(ArticlePublisher publisher, IngestConfig config, ArticleRequests requests) {
        this.publisher = publisher;
        this.config = config;
        this.requests = requests;
        this.recent = new RecentIds(config.recentIds());
    }

    public Article validate(ArticleRequest request) {
        return requests.toArticle(request, config.maxBodyBytes());
    }

    public IngestResult ingest(ArticleRequest request) {
        return join(ingestAsync(request));
    }

    /**
     * Completes once Kafka acknowledged the article (or with the 503 problem if it did not in time). No thread
     * waits meanwhile: a burst of single POSTs used to hold one worker thread each until its acknowledgement.
     */
    public CompletableFuture<IngestResult> ingestAsync(ArticleRequest request) {
        return ingestAllAsync(List.of(validate(request))).thenApply(results -> {
            IngestResult result = results.get(0);
            if (IngestResult.UNAVAILABLE.equals(result.status())) {
                throw ProblemException.unavailable("Kafka did not acknowledge the article; it was not accepted, retry later");
            }
            return result;
        });
    }

    public List<IngestResult> ingestAll(List<Article> articles) {
        return join(ingestAllAsync(articles));
    }

    /**
     * Publishes every article concurrently; completes when each one is acknowledged or has timed out (an article
     * is "accepted" only once acknowledged). Results keep the input order.
     */
    public CompletableFuture<List<IngestResult>> ingestAllAsync(List<Article> articles) {
        List<CompletableFuture<IngestResult>> results = new ArrayList<>(articles.size());
        for (Article a : articles) {
            results.add(recent.contains(a.id()) ? CompletableFuture.completedFuture(IngestResult.duplicate(a.id()))
                    : acknowledged(a.id(), publisher.publish(a)));
        }
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenApply(x -> results.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<IngestResult> acknowledged(String id, CompletableFuture<Void> ack) {
        return ack.orTimeout(config.publishTimeout().toNanos(), TimeUnit.NANOSECONDS).handle((ok, failure) -> {
            if (failure == null) {
                recent.add(id);
                return IngestResult.accepted(id);
            }
            LOG.warnf("Kafka did not acknowledge an article: %s",
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
            return IngestResult.unavailable(id);
        });
    }

    /** The synchronous callers (pages, feeds) get the problem itself, not its CompletionException wrapper. */
    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
