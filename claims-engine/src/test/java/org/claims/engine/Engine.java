package org.claims.engine;

import java.util.List;
import org.claims.engine.lexicon.LanguagePacks;
import org.claims.model.Article;
import org.claims.model.Claim;

/** Shared engine for the sentence tests: built once, as in production. */
final class Engine {
    static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final LanguagePacks PACKS = LanguagePacks.builtIn(null);

    private Engine() {
    }

    /** The built-in language packs, for tests of one part of the pipeline. */
    static LanguagePacks packs() {
        return PACKS;
    }

    static List<Claim> fr(String body) {
        return run(body, "fr", "2024-10-29");
    }

    static List<Claim> en(String body) {
        return run(body, "en", "2024-10-29");
    }

    static List<Claim> run(String body, String lang, String publishedAt) {
        return EXTRACTOR.extract(new Article("test", null, null, null, body, lang, publishedAt, null));
    }

    static Claim one(List<Claim> claims) {
        if (claims.size() != 1) {
            throw new AssertionError("expected one claim, got " + claims);
        }
        return claims.get(0);
    }
}
