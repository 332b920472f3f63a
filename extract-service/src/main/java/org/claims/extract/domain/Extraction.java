package org.claims.extract.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.claims.engine.ClaimExtractor;
import org.claims.extract.config.ExtractConfig;
import org.claims.model.Article;
import org.claims.model.ArticleIds;
import org.claims.model.Claim;

/** The engine, built once (lexicons loaded at start-up) and shared: it is immutable and thread-safe. */
@ApplicationScoped
public class Extraction {
    private final ClaimExtractor engine;

    public Extraction(ExtractConfig config) {
        this.engine = new ClaimExtractor(config.gazetteer().orElse(null));
    }

    public List<Claim> extract(Article article) {
        Article a = article.id() == null ? article.withId(ArticleIds.of(article.body())) : article;
        if (a.language() == null) {
            a = a.withLanguage(engine.detectLanguage(a.body()));
        }
        return engine.extract(a);
    }

    public String version() {
        return engine.version();
    }
}
