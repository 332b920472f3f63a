package org.claims.extract.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "extract")
public interface ExtractConfig {
    /** Extra gazetteer file (same format as the built-in one) to extend sources and places without recompiling. */
    Optional<java.nio.file.Path> gazetteer();
}
