package org.claims.bench.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claims.bench.check.Reconciliation;
import org.claims.bench.footprint.ProcessFootprint.Sample;

/** The soak's printed report and its verdict: one line per stage, a footprint table, then PASS or FAIL and why. */
final class SoakReport {
    private final List<String> failures = new ArrayList<>();

    void push(Pusher.Result p, int articles, long accepted, long expectedClaims) {
        System.out.printf("push:    %d articles (%d expected claims), sent %d in %.1f s (%.1f/s offered), late %d;"
                        + " accepted %d = %.1f accepted/s; answers %s; retries %d%n", articles, expectedClaims,
                p.loop().sent(), p.loop().elapsedNanos() / 1e9, p.loop().rate(), p.loop().late(), accepted,
                p.acceptedPerS(), p.answers().outcomes(), p.retries());
        if (accepted < articles) {
            failures.add((articles - accepted) + " articles never acknowledged (their fate is unknown, so the run"
                    + " cannot prove exactness)");
        }
    }

    void drain(Drain.Outcome d, long pushNanos) {
        System.out.printf("drain:   %s %.1f s after the push, %.1f s from first send to drained (%s)%n",
                d.drained() ? "drained" : "NOT drained within the timeout,", d.nanos() / 1e9,
                (pushNanos + d.nanos()) / 1e9, d.lastState());
        if (!d.drained()) {
            failures.add("not drained: " + d.lastState());
        }
    }

    /**
     * When the last claim was stored, from the database (stored_at) rather than from the drain's polls: the
     * consumers commit their offsets every few seconds, so "lag 0" is seen seconds after the rows are there.
     */
    void stored(long firstSendMillis, long lastStoredMillis, long articles) {
        double s = (lastStoredMillis - firstSendMillis) / 1e3;
        System.out.printf("stored:  last claim stored %.1f s after the first send (database clock): %d articles"
                + " drained at %.0f articles/s%n", s, articles, articles / Math.max(s, 1e-3));
    }

    void db(Reconciliation r) {
        System.out.printf("db:      %s%n", r.summary());
        r.details().forEach(d -> System.out.printf("         %s%n", d));
        if (!r.exact()) {
            failures.add("read model is not exact: " + r.summary());
        }
    }

    void topics(TopicAudit.Result t, long articles) {
        System.out.printf("topics:  articles: %d records for %d run articles, missing %d, duplicated %d;"
                        + " claims: %d records, missing %d, extra %d, redelivered %d; articles-dlq: %d run records%n",
                t.articleRecords(), articles, t.missingArticles(), t.duplicatedArticles(), t.claimRecords(),
                t.missingClaims(), t.extraClaims(), t.redeliveredClaims(), t.deadLetters());
        if (!t.nothingMissing()) {
            failures.add("missing on a topic (or a topic not read to its end)");
        }
    }

    void footprint(Map<String, Sample> before, Map<String, Sample> after) {
        System.out.printf("%n%-16s %5s %10s %10s %8s %10s %10s %8s%n", "process (MiB)", "procs", "rss_before",
                "rss_after", "delta", "pss_before", "pss_after", "delta");
        long[] total = new long[4];
        for (String name : before.keySet()) {
            Sample b = before.get(name);
            Sample a = after.getOrDefault(name, b);
            System.out.printf("%-16s %5s %10.0f %10.0f %+8.0f %10.0f %10.0f %+8.0f%n", name,
                    b.pids().size() + "/" + a.pids().size(), mib(b.rssKb()), mib(a.rssKb()), mib(a.rssKb() - b.rssKb()),
                    mib(b.pssKb()), mib(a.pssKb()), mib(a.pssKb() - b.pssKb()));
            total[0] += b.rssKb();
            total[1] += a.rssKb();
            total[2] += b.pssKb();
            total[3] += a.pssKb();
        }
        System.out.printf("%-16s %5s %10.0f %10.0f %+8.0f %10.0f %10.0f %+8.0f%n%n", "TOTAL", "", mib(total[0]),
                mib(total[1]), mib(total[1] - total[0]), mib(total[2]), mib(total[3]), mib(total[3] - total[2]));
    }

    void fail(String why) {
        failures.add(why);
    }

    /** Prints the verdict; the exit code of the tool. */
    int verdict() {
        if (failures.isEmpty()) {
            System.out.println("RESULT: PASS (0 lost, 0 extra, 0 duplicated in the read model; nothing missing on the topics)");
            return 0;
        }
        System.out.println("RESULT: FAIL");
        failures.forEach(f -> System.out.println("  - " + f));
        return 1;
    }

    private static double mib(long kb) {
        return kb / 1024.0;
    }
}
