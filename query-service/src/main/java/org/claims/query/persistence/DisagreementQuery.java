package org.claims.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claims.model.Claim;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.domain.Disagreement;
import org.hibernate.Session;

/**
 * Pairs of deduplicated claims of one series, from different sources (the article's own voice counts as a source),
 * dated at most windowDays apart, whose [low, high] ranges are disjoint. A pair's gap is the higher figure's low
 * minus the lower figure's high; a series ranks by its largest pair gap. Claims without any date are never paired.
 * <p>
 * Without filters (or with a measure only) the writers' tables answer: at the default window the pairs kept per
 * series (its claims: the first copies of its facts that have a pair, a probe per fact rather than a walk of its pairs), at another window the pairs of the kept facts of series with two sources or more. Other filters dedup
 * the matching claims here.
 */
@ApplicationScoped
public class DisagreementQuery {
    static final String KEPT = """
            select subject_name, measure, location_name, gap, pairs,
                 (select string_agg(claim_id, ',') from claim_fact f where f.series_key = s.series_key
                     and (exists (select 1 from fact_pair p where p.x_fact = f.fact_key)
                          or exists (select 1 from fact_pair p where p.y_fact = f.fact_key)))
            from claim_series s where gap is not null and (?1 = '' or measure = ?1)
            order by gap desc, subject_name, measure, location_name limit ?2""";
    static final String FACTS = "with d as (select * from claim_fact where series_key in (select series_key from "
            + "claim_series where sources > 1 and (?1 = '' or measure = ?1)))";
    private static final String PAIRS = """
            , p as (select x.subject_name, x.measure, x.location_name, x.claim_id as a, y.claim_id as b,
                 greatest(x.low, y.low) - least(x.high, y.high) as gap
                 from d x join d y on %s
                 and coalesce(x.source_name, '') < coalesce(y.source_name, '')
                 and (x.high < y.low or y.high < x.low)
                 and abs(x.last_day - y.last_day) <= ?%d)
            select subject_name, measure, location_name, max(gap) as gap, count(*) as pairs,
                 string_agg(a || ',' || b, ',') as ids
            from p group by subject_name, measure, location_name
            order by gap desc, subject_name, measure, location_name limit ?%d""";
    private static final String CLAIMS = "select " + ClaimExport.COLUMNS + ClaimSearch.FROM + "where c.claim_id = any(?)"
            + " order by " + ClaimSearch.DAY + " nulls last, c.seq";
    private final EntityManager em;

    public DisagreementQuery(EntityManager em) {
        this.em = em;
    }

    public List<Disagreement> disagreements(ClaimFilter filter, int windowDays, int limit) {
        Query q;
        if (filter.onlyMeasure() && windowDays == Disagreement.KEPT_WINDOW_DAYS) {
            q = em.createNativeQuery(KEPT).setParameter(1, SeriesQuery.measure(filter)).setParameter(2, limit);
        } else if (filter.onlyMeasure()) {
            q = em.createNativeQuery(ofFacts()).setParameter(1, SeriesQuery.measure(filter))
                    .setParameter(2, windowDays).setParameter(3, limit);
        } else {
            ClaimSearch.Where w = ClaimSearch.where(filter);
            int n = w.params.size();
            q = em.createNativeQuery(recomputed(w));
            w.bind(q);
            q.setParameter(n + 1, windowDays).setParameter(n + 2, limit);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return disagreements(rows);
    }

    static String ofFacts() {
        return FACTS + PAIRS.formatted("y.series_key = x.series_key", 2, 3);
    }

    static String recomputed(ClaimSearch.Where w) {
        int n = w.params.size();
        return Dedup.ctes(w) + PAIRS.formatted(Dedup.sameSeries("x", "y"), n + 1, n + 2);
    }

    private List<Disagreement> disagreements(List<Object[]> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.addAll(Rows.csv(r[5])));
        Map<String, Claim> claims = claims(ids);
        List<Disagreement> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Set<String> mine = new LinkedHashSet<>(Rows.csv(r[5]));
            // keep the date order of the claims query
            List<Claim> ordered = claims.values().stream().filter(c -> mine.contains(c.claimId())).toList();
            out.add(new Disagreement(Rows.text(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.number(r[3]),
                    (int) Rows.number(r[4]), ordered));
        }
        return out;
    }

    /**
     * The claims of the answer (thousands at 1M claims), by date: read by position straight into Claims over JDBC,
     * with the ids as one array parameter (not a bind parameter each) and no managed entity per row.
     */
    private Map<String, Claim> claims(Set<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.unwrap(Session.class).doReturningWork(conn -> {
            Map<String, Claim> out = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement(CLAIMS)) {
                ps.setArray(1, conn.createArrayOf("text", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Claim c = ClaimMapper.toClaim(rs);
                        out.put(c.claimId(), c);
                    }
                }
            }
            return out;
        });
    }
}
