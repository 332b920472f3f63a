package org.claims.query.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.claims.query.domain.ClaimContract;

/** Reads topic values and checks them against the contract; a record that fails says why. */
@ApplicationScoped
public class EventReader {
    /** Column sizes of the article table (V1) that a value must fit. */
    private static final int ARTICLE_ID = 64;
    private static final int LANGUAGE = 8;
    private static final int TIMESTAMP = 64;
    private final ObjectMapper json;

    public EventReader(ObjectMapper json) {
        this.json = json;
    }

    public Claim claim(String value) {
        Claim c = read(value, Claim.class);
        ClaimContract.violations(c).ifPresent(reason -> {
            throw new InvalidEventException("claim breaks the contract: " + reason);
        });
        return c;
    }

    public Article article(String value) {
        Article a = read(value, Article.class);
        if (a.id() == null || a.id().isBlank() || a.body() == null) {
            throw new InvalidEventException("article has no 'id' or no 'body'");
        }
        if (a.id().length() > ARTICLE_ID || longer(a.language(), LANGUAGE) || longer(a.publishedAt(), TIMESTAMP)
                || longer(a.ingestedAt(), TIMESTAMP)) {
            throw new InvalidEventException("article " + a.id() + " has a field longer than its column");
        }
        return a;
    }

    private static boolean longer(String value, int max) {
        return value != null && value.length() > max;
    }

    private <T> T read(String value, Class<T> type) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("record has no value");
        }
        try {
            T event = json.readValue(value, type);
            if (event == null) {
                throw new InvalidEventException("value is JSON null");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("value is not a " + type.getSimpleName() + " JSON object: " + e.getOriginalMessage());
        }
    }
}
