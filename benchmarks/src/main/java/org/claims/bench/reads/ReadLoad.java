package org.claims.bench.reads;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.claims.bench.load.Args;
import org.claims.bench.load.Http;
import org.claims.bench.load.OpenLoop;
import org.claims.bench.load.Stats;

/**
 * Fixed-rate read latency (what wrk2 would give; wrk2 is not packaged in Debian): GET one URL at --rate requests/s
 * for --duration, open model, latency from each request's due time so queueing is not hidden.
 * <pre>java -cp benchmarks.jar org.claims.bench.reads.ReadLoad --rate 2000 --duration 30s --url URL [--warmup 5s]</pre>
 */
public final class ReadLoad {
    private ReadLoad() {
    }

    public static void main(String[] argv) throws Exception {
        Args a = new Args(argv, Set.of());
        String url = a.get("url", "http://localhost:8083/api/claims?measure=present&size=50");
        double rate = a.number("rate", 2000);
        HttpClient http = Http.client();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        Duration warmup = a.duration("warmup", "5s");
        if (!warmup.isZero()) {   // JIT and connection pool warm-up, not reported
            OpenLoop.run(rate, warmup, a.integer("max-in-flight", 512), (seq, due) ->
                    http.sendAsync(req, HttpResponse.BodyHandlers.discarding()));
        }
        Stats stats = new Stats();
        OpenLoop.Result r = OpenLoop.run(rate, a.duration("duration", "30s"), a.integer("max-in-flight", 512),
                (seq, due) -> http.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray()).handle((resp, e) -> {
                    stats.record(System.nanoTime() - due);
                    stats.count(e != null ? "io:" + e.getClass().getSimpleName() : Integer.toString(resp.statusCode()));
                    return null;
                }));
        System.out.printf("%-10s %7s %9s %9s %9s %9s %9s %7s  %s%n", "read", "rate", "sent/s", "p50ms", "p90ms", "p99ms",
                "maxms", "late", "outcomes (url)");
        System.out.printf("%-10s %7.0f %9.1f %9.2f %9.2f %9.2f %9.2f %7d  %s (%s)%n", "fixed", rate, r.rate(),
                stats.millis(0.5), stats.millis(0.9), stats.millis(0.99), stats.millis(1.0), r.late(), stats.outcomes(), url);
    }
}
