package org.claims.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/** Topic names and partition counts of the claims pipeline (see CONTRACT.md). */
public final class Topics {
    public static final String ARTICLES = "articles";
    public static final String CLAIMS = "claims";
    public static final String ARTICLES_DLQ = "articles-dlq";
    public static final String CLAIMS_DLQ = "claims-dlq";
    /** ingest-service's feed subscriptions and poll state, one record per feed: compacted, never expired. */
    public static final String FEEDS = "feeds";

    private Topics() {
    }

    /** Default topics: articles 6 partitions, claims 6, articles-dlq 1, claims-dlq 1, feeds 6 (insertion ordered). */
    public static Map<String, Integer> defaults() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        topics.put(ARTICLES, 6);
        topics.put(CLAIMS, 6);
        topics.put(ARTICLES_DLQ, 1);
        topics.put(CLAIMS_DLQ, 1);
        topics.put(FEEDS, 6);
        return topics;
    }

    /** Topic-level settings a topic is created with (empty: the broker's defaults). */
    public static Map<String, String> config(String topic) {
        return FEEDS.equals(topic) ? Map.of("cleanup.policy", "compact") : Map.of();
    }
}
