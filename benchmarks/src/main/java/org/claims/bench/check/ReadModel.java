package org.claims.bench.check;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * query-service's PostgreSQL tables read directly over JDBC: the only way to check every article exactly (the
 * REST API pages and caches), and to see rows the API would hide. Read-only; ids go in as one array parameter.
 */
public final class ReadModel implements AutoCloseable {
    private final Connection db;

    public ReadModel(String url, String user, String password) throws SQLException {
        this.db = DriverManager.getConnection(url, user, password);
        db.setReadOnly(true);
    }

    /** {articles stored, claim rows stored} for these article ids: cheap enough to poll while draining. */
    public long[] counts(Collection<String> articleIds) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select (select count(*) from article where id = any(?)),"
                + " (select count(*) from claim where article_id = any(?))")) {
            Array ids = ids(articleIds);
            s.setArray(1, ids);
            s.setArray(2, ids);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        }
    }

    /**
     * article id -> when its last claim row was written (epoch millis, the database's clock: {@code stored_at} is the
     * writing transaction's start), for the articles that have claims. The moment a claim became readable, to within
     * that transaction, whatever happened to the live stream meanwhile.
     */
    public Map<String, Long> lastClaimStored(Collection<String> articleIds) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        for (String row : column("select article_id || ' ' || (extract(epoch from max(stored_at)) * 1000)::bigint"
                + " from claim where article_id = any(?) group by article_id", ids(articleIds))) {
            out.put(row.substring(0, row.indexOf(' ')), Long.parseLong(row.substring(row.indexOf(' ') + 1)));
        }
        return out;
    }

    /** When the last claim row of these articles was written (epoch millis, database clock), or 0 if none is. */
    public long lastStored(Collection<String> articleIds) throws SQLException {
        List<String> v = column("select coalesce((extract(epoch from max(stored_at)) * 1000)::bigint, 0) from claim"
                + " where article_id = any(?)", ids(articleIds));
        return Long.parseLong(v.get(0));
    }

    /**
     * expected: article id -> the claim ids extraction yields for it. ignored: articles whose fate is unknown
     * (never acknowledged), neither expected nor stray. marker: a text every body of the run contains, or null.
     */
    public Reconciliation reconcile(Map<String, ? extends Collection<String>> expected, Set<String> ignored,
                                    String marker) throws SQLException {
        Map<String, String> owner = new HashMap<>();
        expected.forEach((article, claims) -> claims.forEach(c -> owner.put(c, article)));
        Array articleIds = ids(expected.keySet());
        Set<String> stored = new HashSet<>(column("select id from article where id = any(?)", articleIds));
        List<String> missing = expected.keySet().stream().filter(id -> !stored.contains(id)).toList();
        long stray = 0, dupArticles = 0;
        if (marker != null) {
            stray = column("select id from article where strpos(body, ?) > 0", marker).stream()
                    .filter(id -> !expected.containsKey(id) && !ignored.contains(id)).count();
            dupArticles = Long.parseLong(column("select count(*) - count(distinct body) from article"
                    + " where strpos(body, ?) > 0", marker).get(0));
        }
        List<String> rows = column("select claim_id || ' ' || article_id from claim"
                + " where article_id = any(?) or claim_id = any(?)", articleIds, ids(owner.keySet()));
        Set<String> seen = new HashSet<>();
        List<String> extra = new ArrayList<>();
        long misfiled = 0;
        for (String row : rows) {
            String claim = row.substring(0, row.indexOf(' '));
            String article = row.substring(row.indexOf(' ') + 1);
            seen.add(claim);
            if (!owner.containsKey(claim)) {
                extra.add(claim);
            } else if (!owner.get(claim).equals(article)) {
                misfiled++;
            }
        }
        List<String> lost = owner.keySet().stream().filter(c -> !seen.contains(c)).toList();
        // the deterministic id's own key minus the extractor: equal keys are one claim stored twice
        List<String> dups = column("select article_id || ' ' || evidence_start || '-' || evidence_end || ' ' || measure"
                + " || ' ' || low || '-' || high || ' x' || count(*) from claim where article_id = any(?)"
                + " group by article_id, evidence_start, evidence_end, measure, low, high having count(*) > 1", articleIds);
        long duplicated = dups.stream().mapToLong(d -> Long.parseLong(d.substring(d.lastIndexOf('x') + 1)) - 1).sum();
        return new Reconciliation(expected.size(), stored.size(), stray, dupArticles, owner.size(), rows.size(),
                lost.size(), extra.size(), misfiled, duplicated, sample(missing), sample(lost), sample(extra), sample(dups));
    }

    private List<String> column(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        }
    }

    private Array ids(Collection<String> ids) throws SQLException {
        return db.createArrayOf("varchar", ids.toArray());
    }

    private static List<String> sample(List<String> all) {
        return List.copyOf(all.subList(0, Math.min(Reconciliation.SAMPLE, all.size())));
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
