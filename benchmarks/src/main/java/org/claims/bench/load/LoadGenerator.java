package org.claims.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claims.bench.check.ReadModel;

/**
 * End-to-end load, open model: POST unique articles to ingest at a fixed rate and time each one until its last
 * expected claim is readable (SSE stream of query-service, or polling a sample when the stream is absent).
 * <pre>
 * java -cp benchmarks.jar org.claims.bench.load.LoadGenerator --key K [--rate 50] [--duration 60s] [--warmup 10s]
 *      [--ingest http://localhost:8081/api/articles] [--query http://localhost:8083] [--max-in-flight 256]
 *      [--verify-sample 200] [--drain 30s] [--poll] [--sweep [--sweep-start 20] [--step 15s] [--max-steps 8]]
 *      [--jdbc jdbc:postgresql://localhost:5432/claims [--db-user postgres] [--db-password postgres]]
 * </pre>
 */
public final class LoadGenerator {
    private LoadGenerator() {
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv, Set.of("sweep", "poll"));
        String key = a.get("key", System.getenv().getOrDefault("KEY", ""));
        if (key.isBlank()) {
            throw new IllegalArgumentException("--key (or $KEY) is required: the launcher prints the ingest key");
        }
        var http = Http.client();
        String query = a.get("query", "http://localhost:8083").replaceAll("/+$", "");
        Map<String, Tracker> trackers = new ConcurrentHashMap<>();
        ArticleFactory factory = new ArticleFactory();
        String jdbc = a.get("jdbc", null);
        // with --jdbc every article is checked exactly in the database instead of a sample over REST
        try (ClaimWatcher watcher = new ClaimWatcher(trackers);
             ReadModel db = jdbc == null ? null
                     : new ReadModel(jdbc, a.get("db-user", "postgres"), a.get("db-password", "postgres"))) {
            boolean sse = !a.flag("poll") && watcher.open(http, query, Duration.ofSeconds(5));
            Phase.Config c = new Phase.Config(http, a.get("ingest", "http://localhost:8081/api/articles"), query, key,
                    a.integer("max-in-flight", 256), a.integer("verify-sample", 200), a.duration("drain", "30s"), sse, factory,
                    db);
            System.out.printf("load: run tag %s, completion via %s, expected claims from the local engine (%s)%n",
                    factory.runTag(), sse ? "SSE /api/claims/stream" : "polling a sample of /api/claims?articleId=",
                    org.claims.engine.ClaimExtractor.VERSION);
            Duration warmup = a.duration("warmup", "10s");
            Duration duration = a.duration("duration", "60s");
            Report.header();
            if (a.flag("sweep")) {
                sweep(a, c, warmup, duration, trackers);
            } else {
                Report.line("fixed", Phase.run(c, a.number("rate", 50), warmup, duration, trackers));
            }
            if (sse) {
                System.out.printf("SSE claim events received: %d%n", watcher.events());
            }
        }
    }

    /**
     * Steps the rate up (x1.5 per step, bounded steps) until a step is not sustainable, then measures at 25, 50, 75
     * and 100 % of the last sustainable rate. Sustainable: p99 <= 1 s, nothing left incomplete after a short
     * drain (a growing backlog shows up as stragglers), fewer than 1 % errors and 5 % late sends.
     */
    static void sweep(Args a, Phase.Config c, Duration warmup, Duration duration, Map<String, Tracker> trackers)
            throws InterruptedException {
        double rate = a.number("sweep-start", 20);
        Duration step = a.duration("step", "15s");
        Phase.Config stepConfig = new Phase.Config(c.http(), c.ingest(), c.query(), c.key(), c.maxInFlight(),
                Math.min(50, c.verifySample()), Duration.ofSeconds(5), c.sse(), c.factory(), c.db());
        double best = 0;
        int maxSteps = a.integer("max-steps", 8);
        for (int i = 0; i < maxSteps; i++) {
            Phase.Result r = Phase.run(stepConfig, rate, Duration.ofSeconds(3), step, trackers);
            boolean ok = sustainable(r);
            Report.line("sweep " + (ok ? "ok" : "NO"), r);
            if (!ok) {
                break;
            }
            best = rate;
            rate = Math.round(rate * 1.5);
        }
        if (best == 0) {
            System.out.println("sweep: even the first step was not sustainable; try a lower --sweep-start");
            return;
        }
        System.out.printf("sweep: max sustainable rate ~ %.0f articles/s (next step failed or step limit)%n", best);
        List<Phase.Result> results = new ArrayList<>();
        for (double f : new double[] {0.25, 0.5, 0.75, 1.0}) {
            Phase.Result r = Phase.run(c, Math.max(1, Math.round(best * f)), warmup, duration, trackers);
            results.add(r);
            Report.line(String.format("%.0f%% of max", f * 100), r);
        }
    }

    static boolean sustainable(Phase.Result r) {
        long sent = Math.max(1, r.loop().sent());
        return r.e2e().size() > 0 && r.e2e().millis(0.99) <= 1000 && r.incomplete() <= r.accepted() / 100
                && r.post().errors() * 100 <= sent && r.loop().late() * 20 <= sent;
    }
}
