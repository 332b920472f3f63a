package org.claims.query.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps the dashboard's tables (facts, series, lines, pairs, counters; see V5 and V7) in step with the claims, inside
 * the writer's transaction. New copies are added to what is kept; facts that lost copies are recomputed (first, so
 * the new copies of those facts, already among their claims, are not added twice). Counters add what a batch
 * inserted and deleted (a counter at 0 stays, and reads skip it).
 */
final class Aggregates {
    static final String REFRESH = "select refresh_claim_aggregates(?::text[])";
    private static final String ADDED = "select claim_copies_added(?::text[])";
    private static final String TALLY = """
            insert into claim_tally as t (kind, name, n)
            select kind, name, sum(d) from unnest(?::text[], ?::text[], ?::bigint[]) x(kind, name, d)
            where name is not null group by kind, name order by kind, name
            on conflict (kind, name) do update set n = t.n + excluded.n""";

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
        call(conn, REFRESH, recomputed);
        call(conn, ADDED, changes.stream().filter(c -> c.delta() > 0 && !recomputed.contains(c.row()[0]))
                .map(c -> c.row()[3]).toList());
        String[] kinds = changes.stream().flatMap(c -> Stream.of("measure", "source")).toArray(String[]::new);
        String[] names = changes.stream().flatMap(c -> Stream.of(c.row()[1], c.row()[2])).toArray(String[]::new);
        Long[] deltas = changes.stream().flatMap(c -> Stream.of((long) c.delta(), (long) c.delta())).toArray(Long[]::new);
        tally(conn, kinds, names, deltas);
    }

    static void articlesAdded(Connection conn, long count) throws SQLException {
        if (count > 0) {
            tally(conn, new String[]{"articles"}, new String[]{""}, new Long[]{count});
        }
    }

    /** Runs one of V7's functions (REFRESH: recompute these facts and what depends on them) on these keys. */
    static void call(Connection conn, String sql, Collection<String> keys) throws SQLException {
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
    }
}
