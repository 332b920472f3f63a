package org.claims.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "query")
public interface QueryConfig {
    /** Comma-separated bearer keys for reads; from QUERY_API_KEYS. Absent means reads are open. */
    Optional<String> apiKeys();

    /** Live streams (/api/claims/stream) open at once on this instance; beyond, 503. */
    @WithDefault("256")
    int streamMaxConnections();

    /** How often each live-stream subscriber looks for newly stored claims. */
    @WithDefault("50ms")
    Duration streamPollInterval();

    /**
     * After this long a cached answer is reloaded in the background while still served; this instance's own writes
     * show at once, other instances' within about this long.
     */
    @WithDefault("1s")
    Duration readCacheTtl();

    /** Bound of the read cache in bytes of JSON kept; 0 turns caching off (benchmarks measure uncached reads so). */
    @WithDefault("8388608")
    long readCacheMaxBytes();
}
