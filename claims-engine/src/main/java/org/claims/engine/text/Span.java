package org.claims.engine.text;

/** Half-open [start, end) range of body offsets. */
public record Span(int start, int end) {
}
