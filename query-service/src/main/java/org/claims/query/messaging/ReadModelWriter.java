package org.claims.query.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.claims.query.config.QueryConfig;
import org.claims.query.domain.ReadModelChanged;
import org.claims.query.persistence.ClaimStore;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Materialises both topics. Batches are written in one transaction each and acknowledged (so their offsets
 * committed) only after that transaction committed: at-least-once delivery, exactly-once effect.
 */
@ApplicationScoped
public class ReadModelWriter {
    private final ClaimStore store;
    private final EventReader reader;
    private final QueryConfig config;
    private final Event<ReadModelChanged> changed;

    public ReadModelWriter(ClaimStore store, EventReader reader, QueryConfig config, Event<ReadModelChanged> changed) {
        this.store = store;
        this.reader = reader;
        this.config = config;
        this.changed = changed;
    }

    @Incoming("claims")
    @Blocking
    public void claims(List<String> values) throws InterruptedException {
        List<Claim> claims = reader.claims(values);
        if (!claims.isEmpty()) {
            Retrying.untilDone(claims.size() + " claims", config.maxRetryBackoff(),
                    () -> QuarkusTransaction.requiringNew().run(() -> store.storeClaims(claims)));
            changed.fire(new ReadModelChanged(true));
        }
    }

    @Incoming("articles")
    @Blocking
    public void articles(List<String> values) throws InterruptedException {
        List<Article> articles = reader.articles(values);
        if (!articles.isEmpty()) {
            Retrying.untilDone(articles.size() + " articles", config.maxRetryBackoff(),
                    () -> QuarkusTransaction.requiringNew().run(() -> store.storeArticles(articles)));
            changed.fire(new ReadModelChanged(false));
        }
    }
}
