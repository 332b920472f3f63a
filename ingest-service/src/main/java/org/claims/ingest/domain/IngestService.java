package org.claims.ingest.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
        IngestResult result = ingestAll(List.of(validate(request))).get(0);
        if (IngestResult.UNAVAILABLE.equals(result.status())) {
            throw ProblemException.unavailable("Kafka did not acknowledge the article; it was not accepted, retry later");
        }
        return result;
    }

    /** Publishes every article concurrently and waits for all acknowledgements; results keep the input order. */
    public List<IngestResult> ingestAll(List<Article> articles) {
        List<CompletableFuture<Void>> pending = new ArrayList<>(articles.size());
        for (Article a : articles) {
            pending.add(recent.contains(a.id()) ? null : publisher.publish(a));
        }
        List<IngestResult> results = new ArrayList<>(articles.size());
        long deadline = System.nanoTime() + config.publishTimeout().toNanos();
        for (int i = 0; i < articles.size(); i++) {
            String id = articles.get(i).id();
            CompletableFuture<Void> f = pending.get(i);
            if (f == null) {
                results.add(IngestResult.duplicate(id));
                continue;
            }
            if (acknowledged(f, deadline)) {
                recent.add(id);
                results.add(IngestResult.accepted(id));
            } else {
                results.add(IngestResult.unavailable(id));
            }
        }
        return results;
    }

    private static boolean acknowledged(CompletableFuture<Void> f, long deadline) {
        try {
            f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            LOG.warnf("Kafka did not acknowledge an article: %s", e.getCause() != null ? e.getCause() : e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
