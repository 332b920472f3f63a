package org.claims.extract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "extract")
public interface ExtractConfig {
    /** Extra gazetteer file (same format as the built-in one) to extend sources and places without recompiling. */
    Optional<java.nio.file.Path> gazetteer();

    /** Longest pause between attempts while Kafka refuses the claims of an article. */
    @WithDefault("10s")
    Duration maxRetryBackoff();
}
