package org.claims.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a client may send: the contract's Article without the ingest-assigned fields. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleRequest(String url, String outlet, String title, String body, String language,
                             String publishedAt) {
}
