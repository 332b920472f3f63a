package org.claims.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the dashboard's tables (facts, series, lines, pairs, counters; see V5 and V7) in step with the claims, inside
 * the writer's transaction. New copies are added to what is kept; facts that lost copies are recomputed (first, so
 * the new copies of those facts, already among their claims, are not added twice). Counters add what a batch
 * inserted and deleted.
 */
final class Aggregates {
    private static final String REFRESH = "select refresh_claim_aggregates(?::text[])";
    private static final String ADDED = "select claim_copies_added(?::text[])";
    private static final String TALLY = """
            insert into claim_tally as t (kind, name, n)
            select kind, name, sum(d) from unnest(?::text[], ?::text[], ?::bigint[]) x(kind, name, d)
            where name is not null group by kind, name order by kind, name
            on conflict (kind, name) do update set n = t.n + excluded.n""";
    private static final String EMPTIED = "delete from claim_tally where n = 0 and (kind, name) in "
            + "(select * from unnest(?::text[], ?::text[]))";

    private Aggregates() {
    }

    /** A claim written (+1) or removed (-1), as the writes return it: fact key, measure, source (and id if written). */
    record Change(String[] row, int delta) {
    }

    static void claimsChanged(Connection conn, List<Change> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        Set<String> recomputed = changes.stream().filter(c -> c.delta() < 0).map(c -> c.row()[0])
                .collect(Collectors.toSet());
        refresh(conn, recomputed);
        call(conn, ADDED, changes.stream().filter(c -> c.delta() > 0 && !recomputed.contains(c.row()[0]))
                .map(c -> c.row()[3]).toList());
        int n = changes.size();
        String[] kinds = new String[2 * n];
        String[] names = new String[2 * n];
        Long[] deltas = new Long[2 * n];
        for (int i = 0; i < n; i++) {
            Change c = changes.get(i);
            kinds[2 * i] = "measure";
            names[2 * i] = c.row()[1];
            kinds[2 * i + 1] = "source";
            names[2 * i + 1] = c.row()[2];
            deltas[2 * i] = deltas[2 * i + 1] = (long) c.delta();
        }
        tally(conn, kinds, names, deltas);
    }

    static void articlesAdded(Connection conn, long count) throws SQLException {
        if (count > 0) {
            tally(conn, new String[]{"articles"}, new String[]{""}, new Long[]{count});
        }
    }

    /** Recomputes these facts from their claims, and what depends on them. */
    static void refresh(Connection conn, Collection<String> factKeys) throws SQLException {
        call(conn, REFRESH, factKeys);
    }

    private static void call(Connection conn, String sql, Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setArray(1, conn.createArrayOf("text", keys.toArray()));
            ps.execute();
        }
    }

    private static void tally(Connection conn, String[] kinds, String[] names, Long[] deltas) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(TALLY)) {
            ps.setArray(1, conn.createArrayOf("text", kinds));
            ps.setArray(2, conn.createArrayOf("text", names));
            ps.setArray(3, conn.createArrayOf("bigint", deltas));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement(EMPTIED)) {
            ps.setArray(1, conn.createArrayOf("text", kinds));
            ps.setArray(2, conn.createArrayOf("text", names));
            ps.executeUpdate();
        }
    }
}
