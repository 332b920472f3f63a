package org.claims.query.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Results of recent reads, kept for a short time. Totals and dashboard aggregates scan every matching row,
 * so their cost grows with the table; answers that may lag the newest claims by up to the TTL are the trade
 * for reads whose cost does not. Concurrent misses of one key wait for a single computation instead of each
 * running the same scan (which would exhaust the connection pool under load). A TTL of zero disables it.
 */
public final class TtlCache<V> {

    private record Entry<V>(CompletableFuture<V> value, long at) {
    }

    private final long ttlNanos;
    private final int maxKeys;
    private final Map<List<Object>, Entry<V>> entries = new ConcurrentHashMap<>();

    public TtlCache(Duration ttl) {
        this(ttl, 1000);
    }

    public TtlCache(Duration ttl, int maxKeys) {
        this.ttlNanos = ttl.toNanos();
        this.maxKeys = maxKeys;
    }

    /** Forgets every answer: the next read of any key computes afresh. */
    public void clear() {
        entries.clear();
    }

    public V get(List<Object> key, Supplier<V> compute) {
        if (ttlNanos <= 0) {
            return compute.get();
        }
        long now = System.nanoTime();
        CompletableFuture<V> mine = new CompletableFuture<>();
        Entry<V> entry = entries.compute(key, (k, e) -> e != null && now - e.at < ttlNanos && !e.value.isCompletedExceptionally()
                ? e : new Entry<>(mine, now));
        if (entry.value == mine) {
            if (entries.size() > maxKeys) {
                entries.entrySet().removeIf(e -> now - e.getValue().at >= ttlNanos);
                if (entries.size() > maxKeys) {
                    entries.entrySet().removeIf(e -> e.getValue() != entry);
                }
            }
            try {
                mine.complete(compute.get());
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                entries.remove(key, entry);
                throw e;
            }
        }
        try {
            return entry.value.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
