package org.claims.query.persistence;

/**
 * The SQL shared by series and disagreements. {@code f} is the filtered claims with their day (statedOn, else the
 * publication day); {@code d} folds the same claim carried by several articles into one row: same subject,
 * measure, location, source, low, high and statedOn (nulls compare equal, as in GROUP BY). Its representative
 * is the first stored copy; {@code seq} is the newest copy's, so "latest" ties break towards recent reports.
 */
final class Dedup {
    private Dedup() {
    }

    static String ctes(ClaimSearch.Where w) {
        return "with f as (select c.claim_id, c.article_id, c.seq, c.subject_name, c.measure, c.location_name,"
                + " c.source_name, c.low, c.high, c.stated_on, " + ClaimSearch.DAY + " as day" + ClaimSearch.FROM + w.sql + "),"
                + " d as (select subject_name, measure, location_name, source_name, low, high, stated_on,"
                + " min(day) as first_day, max(day) as last_day, max(seq) as seq,"
                + " (array_agg(claim_id order by seq))[1] as claim_id,"
                + " string_agg(distinct article_id, ',' order by article_id) as article_ids,"
                + " count(distinct article_id) as articles, count(*) as reports"
                + " from f group by subject_name, measure, location_name, source_name, low, high, stated_on)";
    }

    /** Series identity with nulls made comparable, so the joins on it can hash. */
    static String sameSeries(String x, String y) {
        return "coalesce(" + x + ".subject_name, '') = coalesce(" + y + ".subject_name, '') and " + x + ".measure = " + y
                + ".measure and coalesce(" + x + ".location_name, '') = coalesce(" + y + ".location_name, '')";
    }
}
