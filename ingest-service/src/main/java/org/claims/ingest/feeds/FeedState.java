package org.claims.ingest.feeds;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One feed's record on the compacted {@code feeds} topic (key = id): the subscription and its poll state
 * together, since compaction keeps only the last record of a key. {@code origin} tells a subscriber's write
 * ({@link #SUBSCRIPTION}) from a poller's ({@link #POLL}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedState(String id, String url, int intervalSeconds, String origin, String lastPolledAt, String status,
                        long itemsSeen, long articlesAccepted, String lastError, String etag, String lastModified,
                        List<String> seen, int failures, String nextPollAt) {
    public static final String SUBSCRIPTION = "subscription";
    public static final String POLL = "poll";

    public static FeedState subscribed(String id, String url, int intervalSeconds) {
        return new FeedState(id, url, intervalSeconds, SUBSCRIPTION, null, "pending", 0, 0, null, null, null,
                List.of(), 0, null);
    }

    /** The same feed and poll state with a new interval, as written by a subscriber. */
    public FeedState withInterval(int seconds) {
        return new FeedState(id, url, seconds, SUBSCRIPTION, lastPolledAt, status, itemsSeen, articlesAccepted,
                lastError, etag, lastModified, seen, failures, null);
    }

    public List<String> seenOrEmpty() {
        return seen == null ? List.of() : seen;
    }

    /** What GET /api/feeds shows of it. */
    public record Summary(String id, String url, int intervalSeconds, String lastPolledAt, String status,
                          long itemsSeen, long articlesAccepted, String lastError) {
    }

    public Summary summary() {
        return new Summary(id, url, intervalSeconds, lastPolledAt, status, itemsSeen, articlesAccepted, lastError);
    }
}
