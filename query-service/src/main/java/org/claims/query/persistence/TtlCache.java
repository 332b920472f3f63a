package org.claims.query.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results of recent reads, kept for a short time. Totals and dashboard aggregates scan every matching row,
 * so they grow with the table; answers that may lag the newest claims by up to the TTL are the trade for
 * reads whose cost does not. The live stream is not cached. A TTL of zero disables it.
 */
public final class TtlCache<V> {
    private record Entry<V>(V value, long at) {
    }

    private final long ttlNanos;
    private final Map<List<Object>, Entry<V>> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Entry<V>> eldest) {
            return size() > 1000;
        }
    };

    public TtlCache(java.time.Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    public V get(List<Object> key, Supplier<V> compute) {
        long now = System.nanoTime();
        synchronized (this) {
            Entry<V> e = entries.get(key);
            if (e != null && now - e.at < ttlNanos) {
                return e.value;
            }
        }
        V value = compute.get();
        synchronized (this) {
            entries.put(key, new Entry<>(value, now));
        }
        return value;
    }
}
