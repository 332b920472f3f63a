package org.claims.ingest.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.claims.ingest.config.FeedsConfig;

/** The state a feed is left in by one poll: items seen, articles accepted, errors, and when to poll next. */
final class PollOutcome {
    private final FeedState before;
    private final Instant now;
    private final FeedsConfig config;
    private final List<String> newlySeen = new ArrayList<>();
    private long accepted;
    private String itemError;

    PollOutcome(FeedState before, Instant now, FeedsConfig config) {
        this.before = before;
        this.now = now;
        this.config = config;
    }

    void item(String key, ItemIngest.Result result) {
        if (result.outcome() != ItemIngest.Outcome.RETRY) {
            newlySeen.add(key);
        }
        if (result.outcome() == ItemIngest.Outcome.ACCEPTED) {
            accepted++;
        }
        if (result.error() != null) {
            itemError = result.error();
        }
    }

    FeedState notModified() {
        return state("ok", null, before.etag(), before.lastModified(), 0);
    }

    FeedState fetched(String etag, String lastModified) {
        return state("ok", itemError, etag, lastModified, 0);
    }

    /** The feed itself failed: the next poll waits the interval doubled per consecutive failure (capped). */
    FeedState failed(String error) {
        return state("error", error, before.etag(), before.lastModified(), before.failures() + 1);
    }

    private FeedState state(String status, String error, String etag, String lastModified, int failures) {
        List<String> seen = new ArrayList<>(before.seenOrEmpty());
        seen.addAll(newlySeen);
        if (seen.size() > config.seenItems()) {
            seen = new ArrayList<>(seen.subList(seen.size() - config.seenItems(), seen.size()));
        }
        return new FeedState(before.id(), before.url(), before.intervalSeconds(), FeedState.POLL, now.toString(), status,
                before.itemsSeen() + newlySeen.size(), before.articlesAccepted() + accepted, error, etag, lastModified,
                seen, failures, now.plus(wait(failures)).toString());
    }

    private Duration wait(int failures) {
        Duration interval = Duration.ofSeconds(before.intervalSeconds());
        Duration backoff = interval.multipliedBy(1L << Math.min(failures, 20));
        return backoff.compareTo(config.maxBackoff()) > 0 && failures > 0 ? config.maxBackoff() : backoff;
    }
}
