package org.claims.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.claims.query.config.QueryConfig;
import org.claims.query.domain.ReadModelChanged;

/**
 * Read answers kept as the JSON bytes sent (one entry per answer, so a page's items and its total always agree).
 * An answer older than the TTL is still served while one background load replaces it, so no reader waits for a
 * recomputation. Every change this instance commits starts a new generation of keys: its own writes show in the
 * next read, and a load that began before the commit can never be served after it. Other instances' writes show
 * within the TTL for keys being read, and entries unread for five TTLs are dropped. Answers can be 100 KB and the
 * heap is small, so the bound is in bytes.
 */
@ApplicationScoped
public class ReadCache {
    /** Keys compare by generation and request; the computation rides along for the loader. */
    private record Key(long generation, List<Object> request, Supplier<Object> compute) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.generation == generation && k.request.equals(request);
        }

        @Override
        public int hashCode() {
            return Objects.hash(generation, request);
        }
    }

    private final AtomicLong generation = new AtomicLong();
    private final LoadingCache<Key, byte[]> answers;
    private final ObjectMapper json;

    public ReadCache(QueryConfig config, ObjectMapper json, MeterRegistry registry) {
        this.json = json;
        this.answers = Caffeine.newBuilder()
                .refreshAfterWrite(config.readCacheTtl())
                .expireAfterWrite(config.readCacheTtl().multipliedBy(5))
                .maximumWeight(config.readCacheMaxBytes()).weigher((Key k, byte[] v) -> v.length)
                .recordStats()
                .build(k -> write(QuarkusTransaction.joiningExisting().call(k.compute::get)));
        CaffeineCacheMetrics.monitor(registry, answers, "query-reads");
    }

    public Response get(List<Object> request, Supplier<Object> compute) {
        return Response.ok(answers.get(new Key(generation.get(), request, compute)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    void changed(@Observes ReadModelChanged event) {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    /** An answer is serialised here, unless its computation wrote its JSON itself (large answers, as they are read). */
    private byte[] write(Object value) {
        if (value instanceof byte[] written) {
            return written;
        }
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
