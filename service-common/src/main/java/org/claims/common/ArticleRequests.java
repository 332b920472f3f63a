package org.claims.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.claims.model.Article;
import org.claims.model.ArticleIds;

/**
 * Turns what a client sent into the Article of the topic. Wrong JSON types surface as Jackson's exceptions and
 * broken constraints as a ConstraintViolationException, both answered as problem+json naming the JSON pointer.
 */
@ApplicationScoped
public class ArticleRequests {
    private final ObjectMapper json;
    private final Validator validator;

    public ArticleRequests(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** One Article JSON object (a whole body or one NDJSON line), as bytes so that invalid UTF-8 is refused. */
    public ArticleRequest read(byte[] body) throws IOException {
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw new ProblemException(Problem.atPointer("invalid-request", "Invalid request",
                    "Request body is empty: send an Article as JSON", ""));
        }
        ArticleRequest request;
        try {
            request = json.readValue(body, ArticleRequest.class);
        } catch (java.io.CharConversionException e) { // bytes Jackson takes for UTF-32 it cannot read: not a JSON article
            throw new ProblemException(Problem.atPointer("malformed-json", "Malformed JSON",
                    "Body is not UTF-8 JSON: " + e.getMessage(), ""));
        }
        if (request == null) {
            throw new ProblemException(Problem.atPointer("malformed-json", "Malformed JSON", "Body must be a JSON object", ""));
        }
        return request;
    }

    /** Checks the request against the contract; the body's size in bytes (413 above the limit) too. */
    public Article toArticle(ArticleRequest r, int maxBodyBytes) {
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(r);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (r.body().getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw ProblemException.tooLarge("Field 'body' is larger than " + maxBodyBytes + " bytes");
        }
        String language = blankToNull(r.language());
        return new Article(ArticleIds.of(r.body()), blankToNull(r.url()), blankToNull(r.outlet()), blankToNull(r.title()),
                r.body(), language == null ? null : language.toLowerCase(Locale.ROOT), blankToNull(r.publishedAt()),
                Instant.now().toString());
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
