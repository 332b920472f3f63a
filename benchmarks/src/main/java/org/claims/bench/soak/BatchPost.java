package org.claims.bench.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.claims.bench.load.ArticleFactory;
import org.claims.bench.load.OpenLoop;
import org.claims.bench.load.Stats;

/**
 * The soak's articles sent N to a request as NDJSON to ingest's batch endpoint, open loop at the same rate of
 * articles as single POSTs would be. Each line's outcome becomes the status a single POST would have had
 * (accepted 202, duplicate 200, rejected 400), so the exact reconciliation is unchanged; lines answered
 * "unavailable" (Kafka did not acknowledge them) and whole requests answered 429, 502-504 or not at all are
 * sent again, only their unfinished lines, with the same backoff as single POSTs.
 */
final class BatchPost {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final URI uri;
    private final String key;
    private final int size;
    private final int maxAttempts;

    BatchPost(HttpClient http, URI uri, String key, int size, int maxAttempts) {
        this.http = http;
        this.uri = uri;
        this.key = key;
        this.size = size;
        this.maxAttempts = maxAttempts;
    }

    OpenLoop.Result push(List<ArticleFactory.Planned> plans, double rate, int maxInFlight, Duration timeout,
                         AtomicIntegerArray status, Stats answers, AtomicLong retries, AtomicLong lastAccepted)
            throws InterruptedException {
        int requests = (plans.size() + size - 1) / size;
        CompletableFuture<?>[] done = new CompletableFuture<?>[requests];
        long start = System.nanoTime();
        OpenLoop.Result loop = OpenLoop.run(rate / size, requests, timeout, Math.max(1, maxInFlight / size),
                (seq, due) -> {
                    List<Integer> lines = new ArrayList<>(size);
                    for (int i = (int) seq * size; i < Math.min(plans.size(), (int) (seq + 1) * size); i++) {
                        lines.add(i);
                    }
                    done[(int) seq] = attempt(plans, lines, 1, status, answers, retries, lastAccepted);
                    return done[(int) seq];
                });
        long deadline = start + timeout.toNanos();
        Pusher.awaitAll(done, deadline);
        return loop;
    }

    private CompletableFuture<Void> attempt(List<ArticleFactory.Planned> plans, List<Integer> lines, int n,
                                            AtomicIntegerArray status, Stats answers, AtomicLong retries,
                                            AtomicLong lastAccepted) {
        StringBuilder body = new StringBuilder();
        lines.forEach(i -> body.append(plans.get(i).json()).append('\n'));
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
            int code = e != null ? 0 : r.statusCode();
            answers.count(e != null ? "io:" + Pusher.rootCause(e).getClass().getSimpleName() : Integer.toString(code));
            List<Integer> again = new ArrayList<>();
            if (code == 200) {
                JsonNode results = parse(r.body()).path("results");
                for (int k = 0; k < lines.size(); k++) {
                    String s = results.path(k).path("status").asText("");
                    int line = lines.get(k);
                    switch (s) {
                        case "accepted" -> status.set(line, 202);
                        case "duplicate" -> status.set(line, 200);
                        case "rejected" -> status.set(line, 400);
                        default -> again.add(line);   // unavailable, or an answer shorter than the batch
                    }
                }
                lastAccepted.accumulateAndGet(System.nanoTime(), Math::max);
            } else if (code == 0 || code == 429 || code == 502 || code == 503 || code == 504) {
                again.addAll(lines);
            } else {
                lines.forEach(line -> status.set(line, code));
            }
            if (again.isEmpty()) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            if (n >= maxAttempts) {
                again.forEach(line -> status.set(line, code == 200 ? 503 : code));
                return CompletableFuture.<Void>completedFuture(null);
            }
            retries.incrementAndGet();
            long waitMs = Pusher.retryAfterMs(r).orElse(Math.min(5000, 100L << Math.min(6, n)));
            return CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(waitMs, TimeUnit.MILLISECONDS))
                    .thenCompose(x -> attempt(plans, again, n + 1, status, answers, retries, lastAccepted));
        }).thenCompose(f -> f);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return JSON.missingNode();
        }
    }
}
