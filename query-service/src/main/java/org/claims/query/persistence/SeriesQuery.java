package org.claims.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.domain.Series;

/**
 * Series in one SQL statement: dedup, per-series aggregates and each source's latest figure are computed by
 * PostgreSQL; Java only nests the rows. A source's latest figure is its newest; on the same day the most
 * precise one (an exact figure over a range, a range over "thousands"). The most documented series (most distinct claims) come first.
 */
@ApplicationScoped
public class SeriesQuery {
    private static final String SQL = """
             , s as (select subject_name, measure, location_name, min(low) as lo, max(high) as hi, count(*) as n,
                 sum(reports) as reports, min(first_day) as first_day, max(last_day) as last_day from d
                 group by subject_name, measure, location_name
                 order by n desc, last_day desc nulls last, subject_name, measure, location_name limit ?%d),
             latest as (select distinct on (subject_name, measure, location_name, source_name) * from d
                 order by subject_name, measure, location_name, source_name, last_day desc nulls last,
                     high - low, seq desc)
            select s.subject_name, s.measure, s.location_name, s.lo, s.hi, s.n, s.reports, s.first_day, s.last_day,
                 l.source_name, l.low, l.high, l.stated_on, l.last_day, l.claim_id, l.articles, l.article_ids
            from s join latest l on %s
            order by s.n desc, s.last_day desc nulls last, s.subject_name, s.measure, s.location_name,
                 l.source_name nulls last""";
    private final EntityManager em;

    public SeriesQuery(EntityManager em) {
        this.em = em;
    }

    public List<Series> series(ClaimFilter filter, int limit) {
        ClaimSearch.Where w = ClaimSearch.where(filter);
        String sql = Dedup.ctes(w) + SQL.formatted(w.params.size() + 1, Dedup.sameSeries("l", "s"));
        Query q = em.createNativeQuery(sql);
        w.bind(q);
        q.setParameter(w.params.size() + 1, limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<List<String>, Series> bySeries = new LinkedHashMap<>();
        for (Object[] r : rows) {
            List<String> key = java.util.Arrays.asList(Rows.text(r[0]), Rows.text(r[1]), Rows.text(r[2]));
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
