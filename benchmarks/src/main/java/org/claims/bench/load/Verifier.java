package org.claims.bench.load;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.claims.bench.check.Reconciliation;
import org.claims.bench.check.ReadModel;

/**
 * Exact counts after the run, from the read model itself (not the stream): for an evenly spaced sample of the
 * accepted articles, lost = expected − distinct stored, duplicated = stored − distinct, extra = distinct beyond
 * expected (the deployed engine finds more than the local one: a version mismatch, not a pipeline fault).
 * With a database at hand ({@link #exact}), every accepted article is checked by claim id instead.
 */
final class Verifier {
    record Counts(long articles, long expected, long stored, long distinct, long lost, long duplicated, long extra,
                  long failedQueries) {
    }

    private final ClaimCounts counts;

    Verifier(ClaimCounts counts) {
        this.counts = counts;
    }

    /** All accepted articles against their expected claim ids, in the database (see ReadModel.reconcile). */
    static Counts exact(ReadModel db, List<Tracker> all) {
        Map<String, List<String>> expected = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        synchronized (all) {   // Phase's list of its trackers; the senders have finished with it by now
            for (Tracker t : all) {
                if (t.accepted()) {
                    expected.put(t.id, t.claimIds);
                } else {
                    unknown.add(t.id);
                }
            }
        }
        try {
            Reconciliation r = db.reconcile(expected, unknown, null);
            if (!r.exact()) {
                System.out.printf("exact check: %s%n", r.summary());
                r.details().forEach(d -> System.out.printf("             %s%n", d));
            }
            long distinct = r.storedClaims() - r.duplicated();
            return new Counts(r.articles(), r.expectedClaims(), r.storedClaims(), distinct, r.lost(), r.duplicated(),
                    r.extra() + r.misfiled(), 0);
        } catch (SQLException e) {
            System.err.println("exact check failed: " + e.getMessage());
            return new Counts(0, 0, 0, 0, 0, 0, 0, all.size());
        }
    }

    Counts verify(List<Tracker> measured, int sampleSize) {
        List<Tracker> accepted = measured.stream().filter(Tracker::accepted).toList();
        List<Tracker> sample = new ArrayList<>();
        long step = Math.max(1, accepted.size() / Math.max(1, sampleSize));
        for (int i = 0; i < accepted.size() && sample.size() < sampleSize; i += step) {
            sample.add(accepted.get(i));
        }
        long expected = 0, stored = 0, distinct = 0, lost = 0, dup = 0, extra = 0, failed = 0;
        // a few at a time: this is a check, not a load test of the read side
        for (int from = 0; from < sample.size(); from += 8) {
            List<Tracker> batch = sample.subList(from, Math.min(sample.size(), from + 8));
            List<CompletableFuture<List<String>>> answers = batch.stream().map(t -> counts.claimIds(t.id)).toList();
            for (int i = 0; i < batch.size(); i++) {
                List<String> ids = answers.get(i).join();
                if (ids == null) {
                    failed++;
                    continue;
                }
                int d = new HashSet<>(ids).size();
                int e = batch.get(i).expected;
                expected += e;
                stored += ids.size();
                distinct += d;
                lost += Math.max(0, e - d);
                dup += ids.size() - d;
                extra += Math.max(0, d - e);
            }
        }
        return new Counts(sample.size() - failed, expected, stored, distinct, lost, dup, extra, failed);
    }
}
