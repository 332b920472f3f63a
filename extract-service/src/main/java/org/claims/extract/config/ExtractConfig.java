package org.claims.extract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "extract")
public interface ExtractConfig {
    /** Extra gazetteer file (same format as the built-in one) to extend sources and places without recompiling. */
    Optional<java.nio.file.Path> gazetteer();

    /** How long the engine runs over written passages after start before the service is ready; 0 skips it. */
    @WithDefault("5s")
    Duration warmUp();
}
