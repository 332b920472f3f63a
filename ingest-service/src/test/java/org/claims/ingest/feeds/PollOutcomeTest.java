package org.claims.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.claims.ingest.config.FeedsConfig;
import org.junit.jupiter.api.Test;

class PollOutcomeTest {
    private static final Instant NOW = Instant.parse("2024-11-13T09:00:00Z");
    private final FeedsConfig config = new SmallRyeConfigBuilder().withMapping(FeedsConfig.class)
            .withConverter(java.time.Duration.class, 100, new io.quarkus.runtime.configuration.DurationConverter())
            .withDefaultValues(Map.of("ingest.feeds.max-backoff", "1h", "ingest.feeds.seen-items", "3")).build()
            .getConfigMapping(FeedsConfig.class);
    private final FeedState feed = FeedState.subscribed("f", "https://news.example/rss", 300);

    @Test
    void consecutiveFailuresDoubleTheWaitUpToTheCap() {
        FeedState once = new PollOutcome(feed, NOW, config).failed("HTTP 503");
        FeedState twice = new PollOutcome(once, NOW, config).failed("HTTP 503");
        FeedState many = twice;
        for (int i = 0; i < 10; i++) {
            many = new PollOutcome(many, NOW, config).failed("HTTP 503");
        }

        assertThat(once.nextPollAt()).isEqualTo("2024-11-13T09:10:00Z");
        assertThat(twice.nextPollAt()).isEqualTo("2024-11-13T09:20:00Z");
        assertThat(many.nextPollAt()).isEqualTo("2024-11-13T10:00:00Z");
        assertThat(many.status()).isEqualTo("error");
    }

    @Test
    void aSuccessResetsTheBackoffAndCountsItems() {
        FeedState failed = new PollOutcome(feed, NOW, config).failed("HTTP 503");
        PollOutcome ok = new PollOutcome(failed, NOW, config);
        ok.item("https://news.example/1", new ItemIngest.Result(ItemIngest.Outcome.ACCEPTED, null));
        ok.item("https://news.example/2", new ItemIngest.Result(ItemIngest.Outcome.DONE, "HTTP 404"));
        ok.item("https://news.example/3", new ItemIngest.Result(ItemIngest.Outcome.RETRY, "timeout"));
        FeedState after = ok.fetched("\"v2\"", null);

        assertThat(after.failures()).isZero();
        assertThat(after.nextPollAt()).isEqualTo("2024-11-13T09:05:00Z");
        assertThat(after.seen()).containsExactly("https://news.example/1", "https://news.example/2");
        assertThat(after.itemsSeen()).isEqualTo(2);
        assertThat(after.articlesAccepted()).isEqualTo(1);
        assertThat(after.etag()).isEqualTo("\"v2\"");
        assertThat(after.origin()).isEqualTo(FeedState.POLL);
    }

    @Test
    void onlyTheMostRecentSeenItemsAreKept() {
        PollOutcome ok = new PollOutcome(feed, NOW, config);
        for (String key : List.of("1", "2", "3", "4", "5")) {
            ok.item(key, new ItemIngest.Result(ItemIngest.Outcome.DONE, null));
        }
        assertThat(ok.fetched(null, null).seen()).containsExactly("3", "4", "5");
    }
}
