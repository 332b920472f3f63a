package org.claims.query.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import java.util.concurrent.Flow.Processor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.claims.query.config.QueryConfig;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.domain.ReadModelChanged;
import org.claims.query.persistence.ClaimEntity;
import org.claims.query.persistence.ClaimSearch;

/**
 * Follows the claim table for live subscribers: each one reads {@code seq > cursor} on a worker thread, right after
 * this instance commits claims and otherwise on a fixed tick (which also picks up claims stored by other
 * instances). Reading the table rather than fanning out the written rows keeps resumption trivial (the cursor is
 * the SSE id) and cannot lose events: claims are written by one consumer transaction at a time, so seq order is
 * commit order and nothing can appear behind a cursor later. A wake-up arriving while a read runs is dropped; the
 * next tick covers it. Polls stop when the subscription is cancelled (client gone), see the gauge.
 */
@ApplicationScoped
public class ClaimFeed {
    /** Caps one poll so a resume far behind catches up in slices rather than one huge read. */
    static final int BATCH = 1000;
    private final ClaimSearch search;
    private final QueryConfig config;
    private final AtomicInteger subscribers = new AtomicInteger();
    private final Processor<Object, Object> commits = BroadcastProcessor.create().serialized();

    public ClaimFeed(ClaimSearch search, QueryConfig config, MeterRegistry registry) {
        this.search = search;
        this.config = config;
        registry.gauge("claims.stream.subscribers", subscribers);
    }

    /** One poll's result; {@code tick} counts polls so callers can interleave keep-alives. */
    public record Batch(long tick, List<ClaimEntity> claims) {
    }

    /** The current end of the stream: where a subscriber without a resume position starts. */
    public long end() {
        return QuarkusTransaction.joiningExisting().call(search::lastSeq);
    }

    public int subscribers() {
        return subscribers.get();
    }

    /** After this instance committed new claims, live subscribers read them now instead of at the next tick. */
    void committed(@Observes ReadModelChanged event) {
        if (event.claims()) {
            commits.onNext(Boolean.TRUE);
        }
    }

    public Multi<Batch> follow(ClaimFilter filter, long from) {
        AtomicLong cursor = new AtomicLong(from);
        AtomicLong polls = new AtomicLong();
        Multi<Object> ticks = Multi.createFrom().ticks().every(config.streamPollInterval()).map(t -> (Object) t);
        return Multi.createBy().merging().streams(ticks, Multi.createFrom().publisher(commits))
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(wakeup -> new Batch(polls.getAndIncrement(), poll(filter, cursor)))
                .onSubscription().invoke(subscribers::incrementAndGet)
                .onTermination().invoke(subscribers::decrementAndGet);
    }

    private List<ClaimEntity> poll(ClaimFilter filter, AtomicLong cursor) {
        List<ClaimEntity> claims = QuarkusTransaction.requiringNew().call(() -> search.after(filter, cursor.get(), BATCH));
        if (!claims.isEmpty()) {
            cursor.set(claims.get(claims.size() - 1).seq);
        }
        return claims;
    }
}
