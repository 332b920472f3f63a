package org.claims.query.domain;

import java.time.LocalDate;

/** One claim on a timeline; {@code date} is statedOn, else the article's publication day. */
public record TimelinePoint(LocalDate date, long low, long high, String source, String claimId, String measure,
                            String subject, String location, String articleId, String qualifier, boolean hedged,
                            long seq) {
}
