package org.claims.bench.load;

/** One table line per phase, so a sweep reads as a table and a shell script can grep the line. */
final class Report {
    private Report() {
    }

    static void header() {
        System.out.printf("%-12s %7s %8s %9s %9s %8s %8s %8s %8s %6s %5s %5s %5s %5s  %s%n", "phase", "rate", "sent/s",
                "accept/s", "done/s", "p50ms", "p90ms", "p99ms", "maxms", "incomp", "lost", "dup", "extra", "late",
                "errors");
    }

    static void line(String phase, Phase.Result r) {
        Stats e = r.e2e();
        Verifier.Counts v = r.counts();
        double window = r.loop().elapsedNanos() / 1e9;
        System.out.printf("%-12s %7.0f %8.1f %9.1f %9.1f %8.1f %8.1f %8.1f %8.1f %6d %5d %5d %5d %5d  %s%n", phase,
                r.rate(), r.loop().rate(), r.post().outcomes().entrySet().stream()
                        .filter(x -> x.getKey().startsWith("2")).mapToLong(x -> x.getValue()).sum() / window,
                r.completedPerS(), e.millis(0.5), e.millis(0.9), e.millis(0.99), e.millis(1.0), r.incomplete(),
                v.lost(), v.duplicated(), v.extra(), r.loop().late(), r.post().errorSummary());
        System.out.printf("%-12s POST answered %s; measured %d articles (%d accepted, %d complete); verified %d articles:"
                        + " expected %d claims, stored %d, distinct %d, failed queries %d%n", "", r.post().percentiles(),
                r.measured(), r.accepted(), r.completed(), v.articles(), v.expected(), v.stored(), v.distinct(),
                v.failedQueries());
    }
}
