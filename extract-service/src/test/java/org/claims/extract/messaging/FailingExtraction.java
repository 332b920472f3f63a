package org.claims.extract.messaging;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import org.claims.extract.config.ExtractConfig;
import org.claims.extract.domain.Extraction;
import org.claims.model.Article;
import org.claims.model.Claim;

/** The real engine, except that it fails on any article containing {@link #TRIGGER}, as an engine bug would. */
@Alternative
@Singleton
public class FailingExtraction extends Extraction {
    static final String TRIGGER = "ENGINE-FAILS-HERE";

    public FailingExtraction(ExtractConfig config) {
        super(config);
    }

    @Override
    public List<Claim> extract(Article article) {
        if (article.body().contains(TRIGGER)) {
            throw new IllegalStateException("the engine failed on purpose");
        }
        return super.extract(article);
    }
}
