package org.claims.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.domain.Series;

/**
 * Series with each source's latest figure: its newest; on the same day the most precise one (an exact figure over a
 * range, a range over "thousands"). The most documented series (most distinct claims) come first. Without filters
 * (or with a measure only) they are read from the tables the writers keep (V5, V7); other filters dedup the matching
 * claims here. Both give rows of one shape, which Java nests.
 */
@ApplicationScoped
public class SeriesQuery {
    static final String RANK = "n desc, last_day desc nulls last, subject_name, measure, location_name";
    private static final String COLUMNS = """
            select s.subject_name, s.measure, s.location_name, s.lo, s.hi, s.n, s.reports, s.first_day, s.last_day,
                 l.source_name, l.low, l.high, l.stated_on, l.last_day, l.claim_id, l.articles, l.article_ids""";
    private static final String ORDER = " order by s." + RANK.replace(", ", ", s.") + ", l.source_name nulls last";
    /** The kept series and their lines; a line's articles are read from its fact's copies (as many as it lists). */
    static final String MAINTAINED = """
            select s.subject_name, s.measure, s.location_name, s.lo, s.hi, s.n, s.reports, s.first_day, s.last_day,
                 l.source_name, f.low, f.high, f.stated_on, f.last_day, f.claim_id, a.articles, a.article_ids
            from (select * from claim_series where n > 0 and (?1 = '' or measure = ?1) order by %s limit ?2) s
            join series_line l on l.series_key = s.series_key
            join claim_fact f on f.fact_key = l.fact_key
            cross join lateral (select count(distinct article_id) as articles,
                 string_agg(distinct article_id, ',' order by article_id) as article_ids
                 from claim c where c.fact_key = f.fact_key) a""".formatted(RANK) + ORDER;
    private static final String RECOMPUTED = """
             , s as (select subject_name, measure, location_name, min(low) as lo, max(high) as hi, count(*) as n,
                 sum(reports) as reports, min(first_day) as first_day, max(last_day) as last_day from d
                 group by subject_name, measure, location_name order by %s limit ?%%d),
             l as (select distinct on (subject_name, measure, location_name, source_name) * from d
                 order by subject_name, measure, location_name, source_name, last_day desc nulls last,
                     high - low, seq desc)
            """.formatted(RANK) + COLUMNS + " from s join l on %s" + ORDER;
    private final EntityManager em;

    public SeriesQuery(EntityManager em) {
        this.em = em;
    }

    public List<Series> series(ClaimFilter filter, int limit) {
        Query q;
        if (filter.onlyMeasure()) {
            q = em.createNativeQuery(MAINTAINED).setParameter(1, measure(filter)).setParameter(2, limit);
        } else {
            ClaimSearch.Where w = ClaimSearch.where(filter);
            q = em.createNativeQuery(recomputed(w));
            w.bind(q);
            q.setParameter(w.params.size() + 1, limit);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return nest(rows);
    }

    /** The measure the maintained reads narrow to, '' for all. */
    static String measure(ClaimFilter filter) {
        return filter.measure() == null ? "" : filter.measure().wire();
    }

    static String recomputed(ClaimSearch.Where w) {
        return Dedup.ctes(w) + RECOMPUTED.formatted(w.params.size() + 1, Dedup.sameSeries("l", "s"));
    }

    static List<Series> nest(List<Object[]> rows) {
        Map<List<String>, Series> bySeries = new LinkedHashMap<>();
        for (Object[] r : rows) {
            List<String> key = Arrays.asList(Rows.text(r[0]), Rows.text(r[1]), Rows.text(r[2]));
            Series s = bySeries.computeIfAbsent(key, k -> new Series(k.get(0), k.get(1), k.get(2), new ArrayList<>(),
                    Rows.number(r[3]), Rows.number(r[4]), Rows.number(r[5]), Rows.number(r[6]),
                    Rows.date(r[7]), Rows.date(r[8])));
            String source = r[9] == null ? Series.UNATTRIBUTED : r[9].toString();
            s.sources().add(new Series.SourceFigure(source, Rows.number(r[10]), Rows.number(r[11]), Rows.date(r[12]),
                    Rows.date(r[13]), Rows.text(r[14]), (int) Rows.number(r[15]), Rows.csv(r[16])));
        }
        return List.copyOf(bySeries.values());
    }
}
