package org.claims.bench.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
    /**
     * status: the final HTTP status per article (0 = never answered; in a batch, a line's outcome as the status a
     * single POST would have had); answers: every answer, retries included; firstSendMillis: wall clock of the
     * first send, to compare with the database's stored_at.
     */
    record Result(OpenLoop.Result loop, AtomicIntegerArray status, Stats answers, long retries, double acceptedPerS,
                  long elapsedNanos, long firstSendMillis) {
        boolean accepted(int i) {
            return status.get(i) == 200 || status.get(i) == 202;
        }
    }

    private final HttpClient http;
    private final URI ingest;
    private final String key;
    private final int maxAttempts;
    private final BatchPost batches;
    private final boolean jdkClient;

    /**
     * batch: articles per request; 1 POSTs each article alone, more sends NDJSON to ingest's batch endpoint.
     * jdkClient: single POSTs through the JDK's async client instead of one blocking keep-alive socket per
     * thread in flight (the cheaper client, so the burst measures the stack rather than the tool).
     */
    Pusher(HttpClient http, String ingest, String key, int maxAttempts, int batch, boolean jdkClient) {
        this.http = http;
        this.ingest = URI.create(ingest);
        this.key = key;
        this.maxAttempts = maxAttempts;
        this.batches = batch > 1 ? new BatchPost(http, URI.create(ingest + "/batch"), key, batch, maxAttempts) : null;
        this.jdkClient = jdkClient;
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
        long firstSendMillis = System.currentTimeMillis();
        if (batches != null) {
            OpenLoop.Result loop = batches.push(plans, rate, maxInFlight, timeout, status, answers, retries, lastAccepted);
            return result(loop, status, answers, retries.get(), lastAccepted.get(), start, firstSendMillis);
        }
        ExecutorService pool = Executors.newFixedThreadPool(maxInFlight, r -> {
            Thread t = new Thread(r, "soak-post");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<KeepAlivePost> connections = ThreadLocal.withInitial(() -> new KeepAlivePost(ingest, key));
        Function<String, CompletableFuture<Answer>> post = jdkClient ? this::postJdk : json -> CompletableFuture.supplyAsync(() -> {
            try {
                org.claims.bench.http.KeepAlive.Answer a = connections.get().post(json.getBytes(StandardCharsets.UTF_8));
                return new Answer(a.status(), a.retryAfterSeconds(), null);
            } catch (IOException e) {
                connections.get().close();
                return new Answer(0, -1, e);
            }
        }, pool);
        OpenLoop.Result loop = OpenLoop.run(rate, plans.size(), timeout, maxInFlight, (seq, due) -> {
            int i = (int) seq;
            done[i] = attempt(post, plans.get(i).json(), 1, answers, retries).thenAccept(code -> {
                status.set(i, code);
                if (code == 200 || code == 202) {
                    lastAccepted.accumulateAndGet(System.nanoTime(), Math::max);
                }
            });
            return done[i];
        });
        // OpenLoop waits 15 s for stragglers; retries can take longer, and every outcome must be known
        long deadline = start + timeout.toNanos();
        awaitAll(done, deadline);
        pool.shutdownNow();
        return result(loop, status, answers, retries.get(), lastAccepted.get(), start, firstSendMillis);
    }

    private static Result result(OpenLoop.Result loop, AtomicIntegerArray status, Stats answers, long retries,
                                 long lastAccepted, long start, long firstSendMillis) {
        long accepted = 0;
        for (int i = 0; i < status.length(); i++) {
            accepted += status.get(i) == 200 || status.get(i) == 202 ? 1 : 0;
        }
        long window = Math.max(1, lastAccepted - start);
        return new Result(loop, status, answers, retries, accepted / (window / 1e9), System.nanoTime() - start,
                firstSendMillis);
    }

    /** An answer: status (0 = none), Retry-After in seconds (-1 = none), or the I/O failure. */
    private record Answer(int status, long retryAfterSeconds, Throwable failure) {
    }

    private CompletableFuture<Answer> postJdk(String json) {
        HttpRequest req = HttpRequest.newBuilder(ingest).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> e != null
                ? new Answer(0, -1, e) : new Answer(r.statusCode(), retryAfterMs(r).map(ms -> ms / 1000).orElse(-1L), null));
    }

    /** Completes with the final status: 2xx, a status not worth retrying, or the last one after maxAttempts. */
    private CompletableFuture<Integer> attempt(Function<String, CompletableFuture<Answer>> post, String json, int n,
                                               Stats answers, AtomicLong retries) {
        return post.apply(json).thenCompose(a -> {
            int code = a.status();
            answers.count(a.failure() != null ? "io:" + rootCause(a.failure()).getClass().getSimpleName()
                    : Integer.toString(code));
            boolean retry = code == 0 || code == 429 || code == 502 || code == 503 || code == 504;
            if (!retry || n >= maxAttempts) {
                return CompletableFuture.completedFuture(code);
            }
            retries.incrementAndGet();
            long waitMs = a.retryAfterSeconds() >= 0 ? 1000 * a.retryAfterSeconds() : Math.min(5000, 100L << Math.min(6, n));
            return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(waitMs, TimeUnit.MILLISECONDS))
                    .thenCompose(x -> attempt(post, json, n + 1, answers, retries));
        });
    }

    /** Retry-After in seconds, as ingest sends it with 429; an HTTP date is not worth parsing here. */
    static java.util.Optional<Long> retryAfterMs(HttpResponse<?> r) {
        try {
            return r == null ? java.util.Optional.empty()
                    : r.headers().firstValue("Retry-After").map(v -> 1000L * Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static Throwable rootCause(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e;
    }

    /** Waits for every outcome until the deadline; the first one still pending then ends the wait. */
    static void awaitAll(CompletableFuture<?>[] done, long deadline) {
        for (CompletableFuture<?> f : done) {
            if (f != null) {
                try {
                    f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (Exception e) {
                    break;
                }
            }
        }
    }
}
