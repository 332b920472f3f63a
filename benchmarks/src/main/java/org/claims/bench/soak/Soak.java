package org.claims.bench.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claims.bench.check.ReadModel;
import org.claims.bench.footprint.ProcessFootprint;
import org.claims.bench.load.ArticleFactory;
import org.claims.bench.load.Args;
import org.claims.bench.load.Http;

/**
 * The no-loss soak against a running local stack: N unique articles through ingest, then an exact count of
 * what reached the topics and the read model against what the engine yields for those same articles, plus
 * RSS/PSS of every stack process before and after. Exit 0 = exact, 1 = something lost, extra, duplicated or
 * missing (or the run could not prove it: not acknowledged, not drained), 2 = could not run.
 * <pre>
 * java -cp benchmarks.jar org.claims.bench.soak.Soak --key K [--articles 20000] [--rate 400] [--max-in-flight 64]
 *      [--ingest http://localhost:8081/api/articles] [--extract http://localhost:8082] [--bootstrap localhost:9092]
 *      [--jdbc jdbc:postgresql://localhost:5432/claims] [--db-user postgres] [--db-password postgres]
 *      [--drain-timeout 15m] [--max-attempts 20] [--batch 1] [--jdk-client] [--skip-engine-check]
 * </pre>
 */
public final class Soak {
    private Soak() {
    }

    public static void main(String[] argv) {
        int code;
        try {
            code = run(new Args(argv, Set.of("skip-engine-check", "jdk-client")));
        } catch (Exception e) {
            // a broker, database or service that cannot be reached is "could not run", not "lost something"
            System.err.println("soak: could not complete: " + e);
            code = 2;
        }
        System.exit(code);
    }

    static int run(Args a) throws Exception {
        String key = a.get("key", System.getenv().getOrDefault("INGEST_API_KEYS", "").split(",")[0].trim());
        if (key.isBlank()) {
            System.err.println("soak: --key (or $INGEST_API_KEYS) is required: the launcher prints the ingest key");
            return 2;
        }
        int n = a.integer("articles", 20_000);
        double rate = a.number("rate", 400);
        String bootstrap = a.get("bootstrap", "localhost:9092");
        var http = Http.client();
        ArticleFactory factory = new ArticleFactory();
        long t0 = System.nanoTime();
        List<ArticleFactory.Planned> plans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {   // extracted up front: the send loop must stay cheap
            plans.add(factory.next());
        }
        long expectedClaims = plans.stream().mapToLong(ArticleFactory.Planned::expected).sum();
        System.out.printf("soak:    run tag %s, %d articles, %d expected claims (local engine %s, %.1f s), rate %.0f/s%n",
                factory.runTag(), n, expectedClaims, org.claims.engine.ClaimExtractor.VERSION,
                (System.nanoTime() - t0) / 1e9, rate);
        if (!a.flag("skip-engine-check")) {
            String mismatch = EngineCheck.mismatch(http, a.get("extract", "http://localhost:8082"),
                    plans.subList(0, Math.min(5, n)));
            if (mismatch != null) {
                System.err.println("soak: the deployed engine differs from the local one, rebuild both: " + mismatch);
                return 2;
            }
        }
        try (ReadModel db = new ReadModel(a.get("jdbc", "jdbc:postgresql://localhost:5432/claims"),
                a.get("db-user", "postgres"), a.get("db-password", "postgres"));
             Drain drain = new Drain(bootstrap)) {
            // with this tool's own database session open, before and after alike: the delta is the stack's
            Map<String, ProcessFootprint.Sample> before = ProcessFootprint.stack();
            before.values().stream().filter(s -> !s.running()).forEach(s ->
                    System.err.printf("soak: no local process for %s (its footprint will read 0)%n", s.name()));
            Duration pushTimeout = Duration.ofSeconds(Math.max(600, Math.round(3 * n / rate)));
            Pusher pusher = new Pusher(http, a.get("ingest", "http://localhost:8081/api/articles"), key,
                    a.integer("max-attempts", 20), a.integer("batch", 1), a.flag("jdk-client"));
            if (pusher.probe() == 401) {   // else 20,000 refusals later the run would only say "not acknowledged"
                System.err.println("soak: ingest refuses the key: pass the launcher's (--key or $INGEST_API_KEYS)");
                return 2;
            }
            Pusher.Result pushed = pusher.push(plans, rate, a.integer("max-in-flight", 64), pushTimeout);
            // only an acknowledged article carries the guarantee; the others are neither expected nor stray
            Map<String, List<String>> expected = new LinkedHashMap<>();
            Set<String> unknown = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if (pushed.accepted(i)) {
                    expected.put(plans.get(i).id(), plans.get(i).claimIds());
                } else {
                    unknown.add(plans.get(i).id());
                }
            }
            SoakReport report = new SoakReport();
            report.push(pushed, n, expected.size(), expectedClaims);
            Drain.Outcome drained = drain.await(a.duration("drain-timeout", "15m"), () -> db.counts(expected.keySet()));
            report.drain(drained, pushed.elapsedNanos());
            report.stored(pushed.firstSendMillis(), db.lastStored(expected.keySet()), expected.size());
            Map<String, ProcessFootprint.Sample> after = ProcessFootprint.stack();
            report.db(db.reconcile(expected, unknown, factory.marker()));
            report.topics(new TopicAudit(bootstrap, Duration.ofMinutes(5)).audit(expected), expected.size());
            report.footprint(before, after);
            return report.verdict();
        }
    }
}
