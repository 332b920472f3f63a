package org.claims.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as it travels on the {@code articles} topic. Dates stay ISO strings here because the
 * contract accepts either a date or a date-time for {@code publishedAt}; {@link #publishedDate()} reads both.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(String id, String url, String outlet, String title, String body,
                      String language, String publishedAt, String ingestedAt) {

    public Article withId(String newId) {
        return new Article(newId, url, outlet, title, body, language, publishedAt, ingestedAt);
    }

    public Article withLanguage(String lang) {
        return new Article(id, url, outlet, title, body, lang, publishedAt, ingestedAt);
    }

    public Article withIngestedAt(String at) {
        return new Article(id, url, outlet, title, body, language, publishedAt, at);
    }

    /** The publication day, or null when absent or unreadable (validated at the edges). */
    public java.time.LocalDate publishedDate() {
        return IsoDates.parseDay(publishedAt);
    }
}
