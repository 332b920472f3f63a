package org.claims.bench.soak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.claims.bench.load.ArticleFactory;
import org.claims.bench.load.OpenLoop;
import org.claims.bench.load.Stats;

/**
 * POSTs every planned article once, open loop at a fixed rate (the load generator's scheduler), and retries
 * the answers that mean "not taken, try again" (429, 502-504, I/O errors) with backoff until an article is
 * answered 200/202 or runs out of attempts. A retry holds its in-flight permit, so an overloaded ingest slows
 * the offered load down instead of piling up retries. Only 200/202 carries the no-loss guarantee.
 */
final class Pusher {
    /** status: the final HTTP status per article (0 = never answered); answers: every answer, retries included. */
    record Result(OpenLoop.Result loop, AtomicIntegerArray status, Stats answers, long retries, double acceptedPerS,
                  long elapsedNanos) {
        boolean accepted(int i) {
            return status.get(i) == 200 || status.get(i) == 202;
        }
    }

    private final HttpClient http;
    private final URI ingest;
    private final String key;
    private final int maxAttempts;

    Pusher(HttpClient http, String ingest, String key, int maxAttempts) {
        this.http = http;
        this.ingest = URI.create(ingest);
        this.key = key;
        this.maxAttempts = maxAttempts;
    }

    /** An empty article: 400 means the key passed (nothing is published), 401 that ingest refuses it. */
    int probe() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(ingest).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    Result push(List<ArticleFactory.Planned> plans, double rate, int maxInFlight, Duration timeout)
            throws InterruptedException {
        AtomicIntegerArray status = new AtomicIntegerArray(plans.size());
        Stats answers = new Stats();
        AtomicLong retries = new AtomicLong();
        AtomicLong lastAccepted = new AtomicLong();
        CompletableFuture<?>[] done = new CompletableFuture<?>[plans.size()];
        long start = System.nanoTime();
        OpenLoop.Result loop = OpenLoop.run(rate, plans.size(), timeout, maxInFlight, (seq, due) -> {
            int i = (int) seq;
            done[i] = attempt(plans.get(i).json(), 1, answers, retries).thenAccept(code -> {
                status.set(i, code);
                if (code == 200 || code == 202) {
                    lastAccepted.accumulateAndGet(System.nanoTime(), Math::max);
                }
            });
            return done[i];
        });
        // OpenLoop waits 15 s for stragglers; retries can take longer, and every outcome must be known
        long deadline = start + timeout.toNanos();
        for (CompletableFuture<?> f : done) {
            if (f != null) {
                try {
                    f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (Exception e) {
                    break;
                }
            }
        }
        long accepted = 0;
        for (int i = 0; i < plans.size(); i++) {
            accepted += status.get(i) == 200 || status.get(i) == 202 ? 1 : 0;
        }
        long window = Math.max(1, lastAccepted.get() - start);
        return new Result(loop, status, answers, retries.get(), accepted / (window / 1e9), System.nanoTime() - start);
    }

    /** Completes with the final status: 2xx, a status not worth retrying, or the last one after maxAttempts. */
    private CompletableFuture<Integer> attempt(String json, int n, Stats answers, AtomicLong retries) {
        HttpRequest req = HttpRequest.newBuilder(ingest).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
            int code = e != null ? 0 : r.statusCode();
            answers.count(e != null ? "io:" + rootCause(e).getClass().getSimpleName() : Integer.toString(code));
            boolean retry = code == 0 || code == 429 || code == 502 || code == 503 || code == 504;
            if (!retry || n >= maxAttempts) {
                return CompletableFuture.completedFuture(code);
            }
            retries.incrementAndGet();
            long waitMs = retryAfterMs(r).orElse(Math.min(5000, 100L << Math.min(6, n)));
            return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(waitMs, TimeUnit.MILLISECONDS))
                    .thenCompose(x -> attempt(json, n + 1, answers, retries));
        }).thenCompose(f -> f);
    }

    /** Retry-After in seconds, as ingest sends it with 429; an HTTP date is not worth parsing here. */
    private static java.util.Optional<Long> retryAfterMs(HttpResponse<?> r) {
        try {
            return r == null ? java.util.Optional.empty()
                    : r.headers().firstValue("Retry-After").map(v -> 1000L * Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static Throwable rootCause(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e;
    }
}
