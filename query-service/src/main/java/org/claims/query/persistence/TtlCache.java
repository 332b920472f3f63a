package org.claims.query.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results of recent reads, kept for a short time. Totals and dashboard aggregates scan every matching row,
 * so their cost grows with the table; answers that may lag the newest claims by up to the TTL are the trade
 * for reads whose cost does not. Concurrent misses of one key wait for a single computation instead of each
 * running the same scan (which would exhaust the connection pool under load). A TTL of zero disables it.
 * <p>
 * With {@code serveStale}, an expired answer keeps being served while one caller recomputes it, so an aggregate
 * that takes as long as the TTL to compute does not make every reader wait for it in turn.
 */
public final class TtlCache<V> {
    private record Entry<V>(CompletableFuture<V> value, long at, CompletableFuture<V> stale) {
    }

    private final long ttlNanos;
    private final int maxKeys;
    private final boolean serveStale;
    private final Map<List<Object>, Entry<V>> entries = new ConcurrentHashMap<>();

    public TtlCache(Duration ttl) {
        this(ttl, 1000, false);
    }

    public TtlCache(Duration ttl, int maxKeys, boolean serveStale) {
        this.ttlNanos = ttl.toNanos();
        this.maxKeys = maxKeys;
        this.serveStale = serveStale;
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
        Entry<V> entry = entries.compute(key, (k, e) -> {
            if (e == null || e.value.isCompletedExceptionally()) {
                return new Entry<>(mine, now, null);
            }
            if (!e.value.isDone() || now - e.at < ttlNanos) {
                return e;
            }
            return new Entry<>(mine, now, serveStale ? e.value : null);
        });
        if (entry.value == mine) {
            return computeInto(key, entry, compute);
        }
        if (!entry.value.isDone() && entry.stale != null) {
            return entry.stale.join();
        }
        try {
            return entry.value.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private V computeInto(List<Object> key, Entry<V> pending, Supplier<V> compute) {
        if (entries.size() > maxKeys) {
            long now = System.nanoTime();
            entries.entrySet().removeIf(e -> e.getValue().value.isDone() && now - e.getValue().at >= ttlNanos);
            if (entries.size() > maxKeys) {
                entries.entrySet().removeIf(e -> e.getValue() != pending);
            }
        }
        try {
            V value = compute.get();
            // the TTL runs from when the answer exists, not from when its computation started
            entries.replace(key, pending, new Entry<>(CompletableFuture.completedFuture(value), System.nanoTime(), null));
            pending.value.complete(value);
            return value;
        } catch (RuntimeException e) {
            pending.value.completeExceptionally(e);
            entries.remove(key, pending);
            throw e;
        }
    }
}
