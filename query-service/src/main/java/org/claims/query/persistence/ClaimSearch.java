package org.claims.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claims.query.domain.ClaimFilter;
import org.claims.query.domain.Paging;
import org.claims.query.domain.Series;
import org.claims.query.domain.TimelinePoint;
import org.hibernate.Session;

/**
 * Filtered reads in SQL. Every value is a bound parameter; only fixed fragments are concatenated.
 * Dates filter on statedOn, else on the article's publication day.
 */
@ApplicationScoped
public class ClaimSearch {
    static final String FROM = " from claim c ";
    /** statedOn, else the publication day: a column PostgreSQL generates (V4). */
    static final String DAY = "c.day";
    private static final int TIMELINE_FETCH = 1000;
    private final EntityManager em;
    private final ClaimNames names;

    public ClaimSearch(EntityManager em, ClaimNames names) {
        this.em = em;
        this.names = names;
    }

    public record Page(List<ClaimEntity> items, long total) {
    }

    public Page search(ClaimFilter f, Paging paging) {
        ClaimNames.Filter one = ClaimNames.only(f);
        Page named = one != null && paging.offset() + paging.size() <= ClaimNames.MAX_WALK ? names.search(one, paging) : null;
        if (named != null) {
            return named;
        }
        Where w = where(f);
        long total = total(f, w);
        Query q = em.createNativeQuery("select c.*" + FROM + w.sql
                + " order by " + DAY + " desc nulls last, c.seq desc limit " + paging.size() + " offset " + paging.offset(),
                ClaimEntity.class);
        w.bind(q);
        @SuppressWarnings("unchecked")
        List<ClaimEntity> items = q.getResultList();
        return new Page(items, total);
    }

    private long total(ClaimFilter f, Where w) {
        Query count = f.onlyMeasure()
                ? em.createNativeQuery(SummaryQuery.CLAIMS).setParameter(1, SeriesQuery.measure(f))
                : em.createNativeQuery("select count(*)" + FROM + w.sql);
        if (!f.onlyMeasure()) {
            w.bind(count);
        }
        return Rows.number(count.getSingleResult());
    }

    /** Claims stored after a stream position, oldest first. */
    public List<ClaimEntity> after(ClaimFilter f, long seq, int limit) {
        Where w = where(f);
        w.sql.append(" and c.seq > ?").append(w.params.size() + 1);
        w.params.add(seq);
        Query q = em.createNativeQuery("select c.*" + FROM + w.sql + " order by c.seq limit " + limit, ClaimEntity.class);
        w.bind(q);
        @SuppressWarnings("unchecked")
        List<ClaimEntity> items = q.getResultList();
        return items;
    }

    /** Receives the points of a timeline one at a time, as they are read. */
    public interface PointSink {
        void accept(TimelinePoint point) throws IOException;
    }

    /** Matching claims as timeline points (see {@link #timeline(ClaimFilter, int, PointSink)}), in a list. */
    public List<TimelinePoint> timeline(ClaimFilter f, int limit) {
        List<TimelinePoint> points = new ArrayList<>();
        try {
            timeline(f, limit, points::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return points;
    }

    /**
     * Matching claims as timeline points, by day (undated last), then stream position. Dated and undated claims are
     * read apart, so each part walks the day index in its order and stops at the limit. Rows are read by position
     * over JDBC a slice at a time and handed on at once: thousands of points are never all held, as rows or as
     * points (on a 64 MB heap, holding them pushed them to the old generation and cost full collections).
     */
    public void timeline(ClaimFilter f, int limit, PointSink sink) throws IOException {
        Where w = where(f);
        String part = "(select " + DAY + " as day, c.low, c.high, c.source_name, c.claim_id, c.measure, c.subject_name,"
                + " c.location_name, c.article_id, c.qualifier, c.hedged, c.seq" + FROM + w.sql + " and %s limit " + limit + ")";
        // "nulls first" is the day index read backwards; the dated part has no null to place
        String sql = "select * from (" + part.formatted(DAY + " is not null order by " + DAY + " nulls first, c.seq")
                + " union all " + part.formatted(DAY + " is null order by c.seq") + ") t order by day nulls last, seq limit "
                + limit;
        try {
            em.unwrap(Session.class).doWork(conn -> {
                try (PreparedStatement ps = conn.prepareStatement(sql.replaceAll("\\?\\d+", "?"))) {
                    ps.setFetchSize(TIMELINE_FETCH);
                    // each part holds the filter once, numbered from 1
                    for (int i = 0; i < 2 * w.params.size(); i++) {
                        ps.setObject(i + 1, w.params.get(i % w.params.size()));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String source = rs.getString(4);
                            sink.accept(new TimelinePoint(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
                                    source == null ? Series.UNATTRIBUTED : source, rs.getString(5), rs.getString(6),
                                    rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                                    rs.getBoolean(11), rs.getLong(12)));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public long lastSeq() {
        return ((Number) em.createNativeQuery("select coalesce(max(seq), 0) from claim").getSingleResult()).longValue();
    }

    static Where where(ClaimFilter f) {
        Where w = new Where();
        if (f.measure() != null) {
            w.add("c.measure = ?", f.measure().wire());
        }
        text(w, "source", f.source());
        text(w, "location", f.location());
        text(w, "subject", f.subject());
        if (f.articleId() != null) {
            w.add("c.article_id = ?", f.articleId());
        }
        if (f.from() != null) {
            w.add(DAY + " >= ?", f.from());
        }
        if (f.to() != null) {
            w.add(DAY + " <= ?", f.to());
        }
        if (f.q() != null) {
            w.add("c.evidence_tsv @@ (case when c.language = 'en' then plainto_tsquery('english', ?)"
                    + " else plainto_tsquery('french', ?) end)", f.q());
        }
        return w;
    }

    /**
     * A case-insensitive substring of the name or of the words, matched against the distinct keys V8 keeps (name and
     * words joined by a character a filter cannot hold, so none spans both); the claims of those keys are then an
     * index probe each.
     */
    private static void text(Where w, String column, String value) {
        if (value != null && value.indexOf('\u001f') < 0) {
            w.add(hash(column) + " in (select hash from claim_name where kind = '" + column + "' and "
                    + ClaimNames.MATCH + ")", like(value));
        } else if (value != null) {
            w.add("false", null);
        }
    }

    /** The key's hash of a claim, as V8 indexes it (with the day order of pages). */
    static String hash(String column) {
        return column.equals(ClaimNames.EVIDENCE) ? "claim_name_hash(c.language, c.evidence_text)"
                : "claim_name_hash(c.%1$s_name, c.%1$s_text)".formatted(column);
    }

    static String like(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static final class Where {
        final StringBuilder sql = new StringBuilder(" where true");
        final List<Object> params = new ArrayList<>();

        /** Numbers each '?' of the fragment in turn, binding the same value to all of them. */
        void add(String fragment, Object value) {
            StringBuilder numbered = new StringBuilder();
            for (char ch : fragment.toCharArray()) {
                if (ch == '?') {
                    params.add(value);
                    numbered.append('?').append(params.size());
                } else {
                    numbered.append(ch);
                }
            }
            sql.append(" and ").append(numbered);
        }

        void bind(Query q) {
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
        }
    }
}
