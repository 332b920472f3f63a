package org.claims.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How ingest fetches web pages and feeds on a client's behalf. */
@ConfigMapping(prefix = "ingest.fetch")
public interface FetchConfig {
    /**
     * Hosts and CIDRs (comma-separated) that may be fetched although they are loopback, link-local or private;
     * from INGEST_FETCH_ALLOW. Empty: only public addresses are fetched.
     */
    Optional<String> allow();

    /** Time to open a connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Time for a whole response, headers and body, of one hop. */
    @WithDefault("15s")
    Duration timeout();

    /** Redirects followed at most; every hop is checked against the address policy again. */
    @WithDefault("5")
    int maxRedirects();

    /** Largest page or feed read, in bytes (the articles' 1 MiB); an HTML body posted to ingest has the same cap. */
    @WithDefault("1048576")
    int maxBytes();

    @WithDefault("claims-ingest/1.0 (+https://github.com/claims-pipeline)")
    String userAgent();
}
