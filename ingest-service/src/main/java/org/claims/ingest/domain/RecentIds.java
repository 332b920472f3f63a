package org.claims.ingest.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ids this instance already got acknowledged by Kafka, to answer "duplicate" cheaply. Only an optimisation:
 * downstream is idempotent by id, so forgetting an id (eviction, restart, another instance) is harmless.
 */
public final class RecentIds {
    private final Map<String, Boolean> ids;

    public RecentIds(int capacity) {
        this.ids = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized boolean contains(String id) {
        return ids.containsKey(id);
    }

    public synchronized void add(String id) {
        ids.put(id, Boolean.TRUE);
    }
}
