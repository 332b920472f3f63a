package org.claims.ingest.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.claims.common.Problem;

/** One answer of ingest: accepted, duplicate, or (in batches) rejected with its reason. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestResult(Integer line, String id, String status, String reason, String field, String pointer) {
    public static final String UNAVAILABLE = "unavailable";

    public static IngestResult unavailable(String id) {
        return new IngestResult(null, id, UNAVAILABLE, "Kafka did not acknowledge the article; retry it", null, null);
    }

    public static IngestResult accepted(String id) {
        return new IngestResult(null, id, "accepted", null, null, null);
    }

    public static IngestResult duplicate(String id) {
        return new IngestResult(null, id, "duplicate", null, null, null);
    }

    /** A rejected batch line, with the problem's detail, field and JSON pointer. */
    public static IngestResult rejected(int line, Problem problem) {
        return new IngestResult(line, null, "rejected", problem.detail(), problem.field(), problem.pointer());
    }

    public IngestResult atLine(int n) {
        return new IngestResult(n, id, status, reason, field, pointer);
    }
}
