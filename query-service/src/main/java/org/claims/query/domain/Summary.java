package org.claims.query.domain;

import java.util.List;
import java.util.Map;
import org.claims.model.Claim;

/** Counts of articles, claims and distinct sources, claims per measure (most first), and the newest claims. */
public record Summary(long articles, long claims, long sources, Map<String, Long> byMeasure, List<Claim> latest) {
}
