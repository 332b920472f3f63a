package org.claims.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.claims.model.Claim;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.domain.Disagreement;
import org.hibernate.Session;

/**
 * Pairs of deduplicated claims of one series, from different sources (the article's own voice counts as a source),
 * dated at most windowDays apart, whose [low, high] ranges are disjoint. A pair's gap is the higher figure's low
 * minus the lower figure's high; a series ranks by its largest pair gap. Claims without any date are never paired.
 * <p>
 * Without filters (or with a measure only) the writers' tables answer: at the default window (the pairs kept, at
 * most 30 days apart) each series' kept count and gap; at a shorter one the kept counts and gaps per distance in days;
 * the claims are the first copies of the facts whose closest pair is within the window, one range of an index. At a
 * longer window the kept facts of series with two sources or more are paired here. Other filters dedup the matching
 * claims here.
 */
@ApplicationScoped
public class DisagreementQuery {
    static final String KEPT = """
            select subject_name, measure, location_name, gap, pairs,
                 (select string_agg(claim_id, ',') from claim_fact f where f.series_key = s.series_key
                     and f.pair_days is not null)
            from claim_series s where gap is not null and (?1 = '' or measure = ?1)
            order by gap desc, subject_name, measure, location_name limit ?2""";
    /** A window shorter than the kept one: the kept counts and gaps of pairs at most ?2 days apart (V11). */
    static final String NEAR = """
            select s.subject_name, s.measure, s.location_name, d.gap, d.pairs,
                 (select string_agg(claim_id, ',') from claim_fact f where f.series_key = s.series_key
                     and f.pair_days <= ?2)
            from (select series_key, max(gap) as gap, sum(n) as pairs from series_pair_days where days <= ?2
                  group by series_key) d
            join claim_series s on s.series_key = d.series_key where ?1 = '' or s.measure = ?1
            order by d.gap desc, s.subject_name, s.measure, s.location_name limit ?3""";
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
    /** The claims of the answer by disagreement, then date; read by position into Claims, no entity per row. */
    private static final String CLAIMS = "select " + ClaimExport.COLUMNS + ", x.owner from unnest(?::int[], ?::text[])"
            + " x(owner, id) join claim c on c.claim_id = x.id order by x.owner, " + ClaimSearch.DAY + " nulls last, c.seq";
    private static final int FETCH = 1000;
    private final EntityManager em;

    public DisagreementQuery(EntityManager em) {
        this.em = em;
    }

    /** Receives the answer in order: each disagreement (its claims list empty), then its claims by date. */
    public interface Sink {
        void disagreement(Disagreement header) throws IOException;

        void claim(Claim claim) throws IOException;
    }

    public List<Disagreement> disagreements(ClaimFilter filter, int windowDays, int limit) {
        List<Disagreement> out = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        try {
            disagreements(filter, windowDays, limit, new Sink() {
                @Override
                public void disagreement(Disagreement d) {
                    if (!out.isEmpty()) {
                        out.add(withClaims(out.remove(out.size() - 1), claims));
                    }
                    claims.clear();
                    out.add(d);
                }

                @Override
                public void claim(Claim c) {
                    claims.add(c);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!out.isEmpty()) {
            out.add(withClaims(out.remove(out.size() - 1), claims));
        }
        return out;
    }

    private static Disagreement withClaims(Disagreement d, List<Claim> claims) {
        return new Disagreement(d.subject(), d.measure(), d.location(), d.gap(), d.pairs(), List.copyOf(claims));
    }

    /**
     * The disagreements handed on as their claims are read, in the order of the answer: the thousands of claims of
     * an answer at 1M claims are never all held (on a 64 MB heap, holding them cost full collections).
     */
    public void disagreements(ClaimFilter filter, int windowDays, int limit, Sink sink) throws IOException {
        Query q;
        if (filter.onlyMeasure() && windowDays == Disagreement.KEPT_WINDOW_DAYS) {
            q = em.createNativeQuery(KEPT).setParameter(1, SeriesQuery.measure(filter)).setParameter(2, limit);
        } else if (filter.onlyMeasure() && windowDays < Disagreement.KEPT_WINDOW_DAYS) {
            q = em.createNativeQuery(NEAR).setParameter(1, SeriesQuery.measure(filter)).setParameter(2, windowDays)
                    .setParameter(3, limit);
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
        write(rows, sink);
    }

    static String ofFacts() {
        return FACTS + PAIRS.formatted("y.series_key = x.series_key", 2, 3);
    }

    static String recomputed(ClaimSearch.Where w) {
        int n = w.params.size();
        return Dedup.ctes(w) + PAIRS.formatted(Dedup.sameSeries("x", "y"), n + 1, n + 2);
    }

    /** Each row's claims (ids listed in r[5], repeats dropped) read in one query, by disagreement then date. */
    private void write(List<Object[]> rows, Sink sink) throws IOException {
        List<Integer> owners = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (String id : new LinkedHashSet<>(Rows.csv(rows.get(i)[5]))) {
                owners.add(i);
                ids.add(id);
            }
        }
        int[] next = {0};
        try {
            if (!ids.isEmpty()) {
                em.unwrap(Session.class).doWork(conn -> {
                    try (PreparedStatement ps = conn.prepareStatement(CLAIMS)) {
                        ps.setFetchSize(FETCH);
                        ps.setArray(1, conn.createArrayOf("int4", owners.toArray()));
                        ps.setArray(2, conn.createArrayOf("text", ids.toArray()));
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                int owner = rs.getInt(ClaimExport.WIDTH + 1);
                                while (next[0] <= owner) {
                                    sink.disagreement(header(rows.get(next[0]++)));
                                }
                                sink.claim(ClaimMapper.toClaim(rs));
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        while (next[0] < rows.size()) {
            sink.disagreement(header(rows.get(next[0]++)));
        }
    }

    private static Disagreement header(Object[] r) {
        return new Disagreement(Rows.text(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.number(r[3]),
                (int) Rows.number(r[4]), List.of());
    }
}
