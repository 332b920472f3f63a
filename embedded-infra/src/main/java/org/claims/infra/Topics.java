package org.claims.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/** Topic names and partition counts of the claims pipeline (see CONTRACT.md). */
public final class Topics {
    public static final String ARTICLES = "articles";
    public static final String CLAIMS = "claims";
    public static final String ARTICLES_DLQ = "articles-dlq";
    public static final String CLAIMS_DLQ = "claims-dlq";

    private Topics() {
    }

    /** Default topics: articles 6 partitions, claims 6, articles-dlq 1, claims-dlq 1 (insertion ordered). */
    public static Map<String, Integer> defaults() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        topics.put(ARTICLES, 6);
        topics.put(CLAIMS, 6);
        topics.put(ARTICLES_DLQ, 1);
        topics.put(CLAIMS_DLQ, 1);
        return topics;
    }
}
