package org.claims.ingest.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One answer of ingest: accepted, duplicate, or (in batches) rejected with its reason. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestResult(Integer line, String id, String status, String reason, String field) {
    public static final String UNAVAILABLE = "unavailable";

    public static IngestResult unavailable(String id) {
        return new IngestResult(null, id, UNAVAILABLE, "Kafka did not acknowledge the article; retry it", null);
    }

    public static IngestResult accepted(String id) {
        return new IngestResult(null, id, "accepted", null, null);
    }

    public static IngestResult duplicate(String id) {
        return new IngestResult(null, id, "duplicate", null, null);
    }

    public static IngestResult rejected(int line, String reason, String field) {
        return new IngestResult(line, null, "rejected", reason, field);
    }

    public IngestResult atLine(int n) {
        return new IngestResult(n, id, status, reason, field);
    }
}
