package org.claims.bench.soak;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claims.bench.check.ReadModel;
import org.claims.bench.check.Reconciliation;

/**
 * The chaos run's table: one row per fault with its recovery times, and the exact reconciliation of the articles
 * due between that fault and the next one (the first row: the steady state before any fault).
 */
final class FaultTable {
    private final ReadModel db;
    private final Recovery recovery;
    private final LagSampler lags;
    private final Map<String, List<String>> expected;
    private final Set<String> notAccepted;
    private final Map<String, Long> due;

    FaultTable(ReadModel db, Recovery recovery, LagSampler lags, Map<String, List<String>> expected,
               Set<String> notAccepted, Map<String, Long> due) {
        this.db = db;
        this.recovery = recovery;
        this.lags = lags;
        this.expected = expected;
        this.notAccepted = notAccepted;
        this.due = due;
    }

    void print(List<FaultEvents.Fault> faults, long loadEnd, SoakReport report) throws SQLException {
        long start = due.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long firstFault = faults.isEmpty() ? loadEnd : faults.get(0).downMillis();
        System.out.printf("%nsteady state before the first fault: e2e p50 %d ms, p99 %d ms (due -> last claim written)%n",
                recovery.quantile(0, recovery.second(firstFault), 0.5), recovery.quantile(0, recovery.second(firstFault), 0.99));
        System.out.println("| fault | down | restart -> ready | restart -> e2e p99 < 1 s | restart -> backlog committed"
                + " | accepted (refused) | lost articles / claims | duplicated articles / claims |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        row("none (steady load)", "-", "-", "-", "-", start, firstFault);
        for (int i = 0; i < faults.size(); i++) {
            FaultEvents.Fault f = faults.get(i);
            long next = i + 1 < faults.size() ? faults.get(i + 1).downMillis() : loadEnd;
            if (f.restartMillis() == 0) {
                report.fail(f.target() + " was never restarted");
                continue;
            }
            long healthy = recovery.recoveredAfter(f.restartMillis(), next);
            long cleared = lags.backlogClearedAfter(f.restartMillis());
            row(f.how() + " " + f.target(), seconds(f.restartMillis() - f.downMillis()),
                    f.readyMillis() == 0 ? "?" : seconds(f.readyMillis() - f.restartMillis()),
                    healthy < 0 ? "not before the next fault" : seconds(healthy),
                    cleared < 0 ? "never" : seconds(cleared), f.downMillis(), next);
            if (i == faults.size() - 1 && (cleared < 0 || cleared > Chaos.STUCK_AFTER_MILLIS)) {
                report.fail("backlog of the last restart not committed by every group within "
                        + Chaos.STUCK_AFTER_MILLIS / 1000 + " s (a stuck partition?)");
            }
        }
        System.out.println();
    }

    private void row(String fault, String down, String ready, String healthy, String cleared, long from, long to)
            throws SQLException {
        Map<String, List<String>> window = new LinkedHashMap<>();
        expected.forEach((id, claims) -> {
            if (in(id, from, to)) {
                window.put(id, claims);
            }
        });
        long refused = notAccepted.stream().filter(id -> in(id, from, to)).count();
        Reconciliation r = db.reconcile(window, Set.of(), null);
        System.out.printf("| %s | %s | %s | %s | %s | %d (%d) | %d / %d | %d / %d |%n", fault, down, ready, healthy,
                cleared, window.size(), refused, r.articles() - r.articlesStored(), r.lost() + r.misfiled(),
                r.duplicatedArticles(), r.duplicated());
    }

    private boolean in(String id, long from, long to) {
        long d = due.get(id);
        return d >= from && d < to;
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }
}
