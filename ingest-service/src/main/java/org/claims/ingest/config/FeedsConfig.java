package org.claims.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Feed polling: how often this instance looks for due feeds, and how politely it fetches. */
@ConfigMapping(prefix = "ingest.feeds")
public interface FeedsConfig {
    /** How often due feeds are looked for; 0 turns the scheduler off (feeds are then polled only on demand). */
    @WithDefault("5s")
    Duration tick();

    /** Consumer group whose partition assignment on the feeds topic decides which instance polls which feed. */
    @WithDefault("ingest-feeds")
    String group();

    /** Least time between two requests of this instance to one host. */
    @WithDefault("1s")
    Duration hostDelay();

    /** Smallest interval a subscription may ask for. */
    @WithDefault("60")
    int minIntervalSeconds();

    /** Interval when a subscription gives none. */
    @WithDefault("300")
    int defaultIntervalSeconds();

    /** Longest wait after repeated errors (the interval doubles per consecutive error up to this). */
    @WithDefault("6h")
    Duration maxBackoff();

    /** Item links remembered per feed, so an item is never fetched twice (feeds list far fewer at once). */
    @WithDefault("1000")
    int seenItems();
}
