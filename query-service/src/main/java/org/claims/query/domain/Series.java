package org.claims.query.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Claims about one (subject, measure, location), after dedup: the same figure from the same source on the same
 * day, carried by several articles, is one claim here. {@code count} counts deduplicated claims,
 * {@code reports} the stored claims (one per article that carries it).
 */
public record Series(String subject, String measure, String location, List<SourceFigure> sources,
                     long min, long max, long count, long reports, LocalDate first, LocalDate last) {

    /** Null sources (the article's own voice) are named like this. */
    public static final String UNATTRIBUTED = "unattributed";

    /**
     * One source's latest figure. {@code date} is statedOn, else the publication day; {@code articles} is how many
     * distinct articles carry this same claim (its corroboration), listed in {@code articleIds}.
     */
    public record SourceFigure(String source, long low, long high, LocalDate statedOn, LocalDate date,
                               String claimId, int articles, List<String> articleIds) {
    }
}
