package org.claims.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a client may send: the contract's Article without the ingest-assigned fields (sent anyway, they are
 * ignored). No value may hold a NUL character: PostgreSQL text cannot store it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleRequest(
        @Size(max = ArticleRequest.MAX_FIELD) @Pattern(regexp = "\\s*(https?://\\S++)?\\s*", message = "must be an http(s) URL") String url,
        @Size(max = ArticleRequest.MAX_FIELD) @Pattern(regexp = NO_NUL, message = NUL_MESSAGE) String outlet,
        @Size(max = ArticleRequest.MAX_FIELD) @Pattern(regexp = NO_NUL, message = NUL_MESSAGE) String title,
        @NotBlank @Pattern(regexp = NO_NUL, message = NUL_MESSAGE) String body,
        @Pattern(regexp = "(?i)\\s*(fr|en)?\\s*", message = "must be 'fr' or 'en'") String language,
        @IsoDate String publishedAt) {
    public static final int MAX_FIELD = 2000;
    static final String NO_NUL = "[^\\x00]*+";
    static final String NUL_MESSAGE = "must not contain a NUL character";
}
