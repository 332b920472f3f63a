package org.claims.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the body of every error any service returns. {@code pointer} is the RFC 6901 JSON
 * pointer of the offending value in the request body ({@code ""} for the whole body), {@code field} its name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String pointer) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String slug, String title, String detail, String field) {
        return new Problem("urn:claims:problem:" + slug, title, status, detail, field, null);
    }

    /** A 400 about one value of a JSON request body. */
    public static Problem atPointer(String slug, String title, String detail, String pointer) {
        return new Problem("urn:claims:problem:" + slug, title, 400, detail, JsonPointers.fieldOf(pointer), pointer);
    }
}
