package org.claims.bench.soak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.claims.bench.check.ReadModel;
import org.claims.bench.load.Args;
import org.claims.bench.load.ArticleFactory;
import org.claims.bench.load.Http;
import org.claims.bench.load.OpenLoop;
import org.claims.bench.load.Stats;

/**
 * The load half of benchmarks/chaos.sh: a steady open-loop rate of unique articles for the whole run while the
 * script kills and restarts processes (and logs it in the events file), then the exact reconciliation of the soak
 * and, per fault, how long the pipeline took to recover. Each article is POSTed once: while ingest or Kafka is
 * away the POST fails and the article was never accepted; only 200/202 answers carry the guarantee. Exit codes
 * as the soak's: 0 exact, 1 lost / duplicated / not drained / stuck, 2 could not run.
 * <pre>
 * java -cp benchmarks.jar org.claims.bench.soak.Chaos --key K --events FILE [--rate 300] [--duration 300s]
 *      [--bound-ms 1000] [--series FILE] [--max-in-flight 4000] [--drain-timeout 5m]
 *      [--ingest http://127.0.0.1:8081/api/articles] [--bootstrap 127.0.0.1:9092]
 *      [--jdbc jdbc:postgresql://127.0.0.1:5432/claims] [--db-user postgres] [--db-password postgres]
 * </pre>
 */
public final class Chaos {
    /** The last restart's backlog must be committed by every group within this (a stuck partition never is). */
    static final long STUCK_AFTER_MILLIS = 30_000;

    private Chaos() {
    }

    public static void main(String[] argv) {
        int code;
        try {
            code = run(new Args(argv, Set.of()));
        } catch (Exception e) {
            System.err.println("chaos: could not complete: " + e);
            code = 2;
        }
        System.exit(code);
    }

    static int run(Args a) throws Exception {
        String key = a.get("key", "");
        double rate = a.number("rate", 300);
        Duration duration = a.duration("duration", "300s");
        FaultEvents events = new FaultEvents(Path.of(a.get("events", "chaos-events.txt")));
        String bootstrap = a.get("bootstrap", "127.0.0.1:9092");
        int n = (int) Math.round(rate * duration.toMillis() / 1000.0);
        ArticleFactory factory = new ArticleFactory();
        List<ArticleFactory.Planned> plans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {   // extracted up front: the send loop must stay cheap
            plans.add(factory.next());
        }
        System.out.printf("chaos:   run tag %s, %d articles at %.0f/s over %s, %d expected claims%n", factory.runTag(),
                n, rate, duration, plans.stream().mapToLong(ArticleFactory.Planned::expected).sum());
        HttpClient http = Http.client();
        URI ingest = URI.create(a.get("ingest", "http://127.0.0.1:8081/api/articles"));
        try (Drain drain = new Drain(bootstrap);
             LagSampler lags = new LagSampler(bootstrap)) {
            long[] due = new long[n];
            AtomicIntegerArray status = new AtomicIntegerArray(n);
            Stats answers = new Stats();
            long startMillis = System.currentTimeMillis();
            long startNanos = System.nanoTime();
            events.append("start", "load");
            OpenLoop.Result loop = OpenLoop.run(rate, n, duration.multipliedBy(2), a.integer("max-in-flight", 4000),
                    (seq, dueNanos) -> {
                        int i = (int) seq;
                        due[i] = startMillis + (dueNanos - startNanos) / 1_000_000;
                        return postOnce(http, ingest, key, plans.get(i).json(), answers)
                                .thenAccept(code -> status.set(i, code));
                    });
            long loadEnd = System.currentTimeMillis();
            Map<String, List<String>> expected = new LinkedHashMap<>();
            Set<String> notAccepted = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if (status.get(i) == 200 || status.get(i) == 202) {
                    expected.put(plans.get(i).id(), plans.get(i).claimIds());
                } else {
                    notAccepted.add(plans.get(i).id());   // refused or unanswered: neither expected nor stray
                }
            }
            System.out.printf("load:    sent %d in %.1f s (%.1f/s), late %d; accepted %d; answers %s%n", loop.sent(),
                    loop.elapsedNanos() / 1e9, loop.rate(), loop.late(), expected.size(), answers.outcomes());
            // connected only now: PostgreSQL is restarted during the load
            try (ReadModel db = new ReadModel(a.get("jdbc", "jdbc:postgresql://127.0.0.1:5432/claims"),
                    a.get("db-user", "postgres"), a.get("db-password", "postgres"))) {
                return check(a, db, drain, lags, plans, due, expected, notAccepted, events, startMillis, loadEnd,
                        System.nanoTime() - startNanos, factory.marker(), bootstrap);
            }
        }
    }

    private static int check(Args a, ReadModel db, Drain drain, LagSampler lags, List<ArticleFactory.Planned> plans,
                             long[] due, Map<String, List<String>> expected, Set<String> notAccepted,
                             FaultEvents events, long startMillis, long loadEnd, long elapsedNanos, String marker,
                             String bootstrap) throws Exception {
        int n = plans.size();
        SoakReport report = new SoakReport();
        report.drain(drain.await(a.duration("drain-timeout", "5m"), () -> db.counts(expected.keySet())),
                elapsedNanos);
        Map<String, Long> stored = db.lastClaimStored(expected.keySet());
        Recovery recovery = new Recovery(startMillis, a.integer("bound-ms", 1000));
        for (int i = 0; i < n; i++) {
            List<String> claims = expected.get(plans.get(i).id());
            if (claims != null && !claims.isEmpty()) {
                Long at = stored.get(plans.get(i).id());
                recovery.add(due[i], at == null ? Long.MAX_VALUE : at - due[i]);
            }
        }
        if (a.get("series", null) != null) {
            java.nio.file.Files.write(Path.of(a.get("series", null)), recovery.series());
        }
        List<FaultEvents.Fault> faults = events.faults();
        Map<String, Long> dueById = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            dueById.put(plans.get(i).id(), due[i]);
        }
        new FaultTable(db, recovery, lags, expected, notAccepted, dueById).print(faults, loadEnd, report);
        report.db(db.reconcile(expected, notAccepted, marker));
        report.topics(new TopicAudit(bootstrap, Duration.ofMinutes(5)).audit(expected), expected.size());
        return report.verdict();
    }

    /** One attempt, no retry: the answer decides whether the article was accepted (0 = no answer at all). */
    private static CompletableFuture<Integer> postOnce(HttpClient http, URI ingest, String key, String json, Stats answers) {
        HttpRequest req = HttpRequest.newBuilder(ingest).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
            answers.count(e != null ? "io:" + (e.getCause() != null ? e.getCause() : e).getClass().getSimpleName()
                    : Integer.toString(r.statusCode()));
            return e != null ? 0 : r.statusCode();
        });
    }
}
