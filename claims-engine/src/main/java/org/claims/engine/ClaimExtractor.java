package org.claims.engine;

import java.util.List;
import org.claims.model.Article;
import org.claims.model.Claim;

/** Entry point of the engine: thread-safe, build once, call from any thread. (stub, being written) */
public final class ClaimExtractor {
    public static final String VERSION = "rules/1.0.0";

    public ClaimExtractor() {
    }

    public ClaimExtractor(java.nio.file.Path extraGazetteer) {
    }

    public String version() {
        return VERSION;
    }

    public List<Claim> extract(Article article) {
        return List.of();
    }
}
