package org.claims.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "ingest")
public interface IngestConfig {
    /** Comma-separated bearer keys allowed to write; from INGEST_API_KEYS. Empty means every write is refused. */
    Optional<String> apiKeys();

    /** Largest accepted article body, in UTF-8 bytes (the contract's 1 MiB). */
    @WithDefault("1048576")
    int maxBodyBytes();

    /** Largest accepted NDJSON batch request, in bytes; it is held in memory while its lines are published. */
    @WithDefault("8388608")
    long maxBatchBytes();

    /** How long a POST waits for Kafka's acknowledgement before answering 503. */
    @WithDefault("10s")
    Duration publishTimeout();

    /** Requests per second this instance accepts on average (0 = unlimited); above it, 429. */
    @WithDefault("2000")
    int rateLimit();

    /** Requests accepted at once above the average rate. */
    @WithDefault("4000")
    int rateBurst();

    /** How many recently accepted ids are remembered to answer "duplicate" without publishing again. */
    @WithDefault("100000")
    int recentIds();
}
