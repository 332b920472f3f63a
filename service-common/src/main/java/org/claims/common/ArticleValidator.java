package org.claims.common;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.claims.model.Article;
import org.claims.model.ArticleIds;
import org.claims.model.IsoDates;

/** Checks a request against the contract and turns it into the Article published on the topic. */
public final class ArticleValidator {
    private static final int MAX_FIELD = 2000;
    private final int maxBodyBytes;
    private final Clock clock;

    public ArticleValidator(int maxBodyBytes, Clock clock) {
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    public Article toArticle(ArticleRequest r) {
        if (r == null) {
            throw ProblemException.badRequest("body", "Request body is empty: an article needs a 'body'");
        }
        if (r.body() == null || r.body().isBlank()) {
            throw ProblemException.badRequest("body", "Field 'body' is required and must not be blank");
        }
        if (r.body().getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw ProblemException.tooLarge("Field 'body' is larger than " + maxBodyBytes + " bytes");
        }
        String language = language(r.language());
        if (!IsoDates.isValid(r.publishedAt())) {
            throw ProblemException.badRequest("publishedAt",
                    "Field 'publishedAt' must be an ISO date (2024-11-13) or date-time (2024-11-13T09:07:00Z), got '"
                            + abbreviate(r.publishedAt()) + "'");
        }
        String url = optional("url", r.url());
        if (url != null && !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw ProblemException.badRequest("url", "Field 'url' must be an http(s) URL");
        }
        return new Article(ArticleIds.of(r.body()), url, optional("outlet", r.outlet()), optional("title", r.title()),
                r.body(), language, blankToNull(r.publishedAt()), Instant.now(clock).toString());
    }

    private static String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String l = value.trim().toLowerCase(Locale.ROOT);
        if (!l.equals("fr") && !l.equals("en")) {
            throw ProblemException.badRequest("language", "Field 'language' must be 'fr' or 'en', got '" + abbreviate(value) + "'");
        }
        return l;
    }

    private static String optional(String field, String value) {
        String v = blankToNull(value);
        if (v != null && v.length() > MAX_FIELD) {
            throw ProblemException.badRequest(field, "Field '" + field + "' is longer than " + MAX_FIELD + " characters");
        }
        return v;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }
}
