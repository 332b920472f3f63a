package org.claims.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.hibernate.Session;

/**
 * Idempotent batch writes, a constant number of round trips per batch. Claims upsert on their deterministic id
 * (a replay inserts nothing and keeps the row's stream position); for each article only the claims of the newest
 * extractor seen survive: a newer one removes the older claims, an older one is a stale replay and is dropped.
 */
@ApplicationScoped
public class ClaimStore {
    private static final String NEWEST = "select article_id, extractor from claim where article_id = any(?::text[]) "
            + "group by article_id, extractor";
    private static final String DELETE_OLDER = "delete from claim where article_id = ? and extractor <> ? "
            + "returning fact_key, measure, source_name";
    /**
     * A batch's statements (here and inside V7's functions) select rows by arrays of keys. A plan cached for the
     * session was made for the table as it was then: on a young read model (no statistics yet, autovacuum analyses
     * at most once a minute) that is a sequential scan testing every row against every key of the batch, kept while
     * the table grows. In a burst on a fresh stack that made PostgreSQL the bottleneck, ~1.5 ms of CPU per claim and
     * rising (profiled: texteq / ExecEvalScalarArrayOp); planned for each batch, the keys are looked up by index.
     * Only for this transaction: the reads keep the server's plan caching.
     */
    private static final String PLAN_EACH_BATCH = "set local plan_cache_mode = force_custom_plan";

    private final EntityManager em;

    public ClaimStore(EntityManager em) {
        this.em = em;
    }

    /** Must run inside a transaction; returns how many claims were new. */
    public int storeClaims(List<Claim> claims) {
        return em.unwrap(Session.class).doReturningWork(conn -> storeClaims(conn, claims));
    }

    /** Must run inside a transaction. A batch holding one article twice keeps its last version. */
    public void storeArticles(List<Article> articles) {
        em.unwrap(Session.class).doWork(conn -> storeArticles(conn, articles));
    }

    static int storeClaims(Connection conn, List<Claim> claims) throws SQLException {
        planEachBatch(conn);
        Map<String, List<Claim>> byArticle = new LinkedHashMap<>();
        claims.forEach(c -> byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>()).add(c));
        Map<String, String> stored = newestStored(conn, byArticle.keySet());
        List<Claim> kept = new ArrayList<>(claims.size());
        List<Aggregates.Change> changes = new ArrayList<>();
        for (var e : byArticle.entrySet()) {
            String newest = e.getValue().stream().map(Claim::extractor).reduce(stored.get(e.getKey()), ClaimStore::newer);
            if (stored.containsKey(e.getKey()) && ExtractorVersions.compare(newest, stored.get(e.getKey())) > 0) {
                deleteOlder(conn, e.getKey(), newest).forEach(r -> changes.add(new Aggregates.Change(r, -1)));
            }
            e.getValue().stream().filter(c -> ExtractorVersions.compare(c.extractor(), newest) == 0).forEach(kept::add);
        }
        List<String[]> inserted = ClaimRows.insert(conn, kept);
        inserted.forEach(r -> changes.add(new Aggregates.Change(r, 1)));
        Aggregates.claimsChanged(conn, changes);
        return inserted.size();
    }

    static void storeArticles(Connection conn, List<Article> articles) throws SQLException {
        planEachBatch(conn);
        Map<String, Article> last = new LinkedHashMap<>();
        articles.forEach(a -> last.put(a.id(), a));
        List<String[]> rows = ArticleRows.upsert(conn, last.values());
        Aggregates.articlesAdded(conn, rows.stream().filter(r -> r[0] == null).mapToLong(r -> Long.parseLong(r[1])).sum());
        Aggregates.call(conn, Aggregates.REFRESH, rows.stream().map(r -> r[0]).filter(java.util.Objects::nonNull).distinct().toList());
    }

    private static void planEachBatch(Connection conn) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute(PLAN_EACH_BATCH);
        }
    }

    private static String newer(String a, String b) {
        return a == null ? b : b == null ? a : ExtractorVersions.compare(a, b) >= 0 ? a : b;
    }

    private static Map<String, String> newestStored(Connection conn, Collection<String> articleIds) throws SQLException {
        Map<String, String> newest = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(NEWEST)) {
            ps.setArray(1, conn.createArrayOf("text", articleIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newest.merge(rs.getString(1), rs.getString(2), ClaimStore::newer);
                }
            }
        }
        return newest;
    }

    private static List<String[]> deleteOlder(Connection conn, String articleId, String extractor) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(DELETE_OLDER)) {
            ps.setString(1, articleId);
            ps.setString(2, extractor);
            return Columns.rows(ps);
        }
    }
}
